/**
 * The local transport: commands run as child processes of the JVM, from their argv, with stdin
 * fed and both outputs drained on pump threads, and a timeout that kills the whole process tree.
 * The batch wrapper runs here under the machine's real {@code sh}, which is how its script is
 * tested end to end.
 */
package dev.berth.transport.local;
