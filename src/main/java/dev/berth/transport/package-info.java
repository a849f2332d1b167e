/**
 * How Berth talks to a host: run one command (an argument vector, never a shell string built
 * from spec values), run a batch of read-only commands in one round trip, read a file, write a
 * file atomically. Implementations: {@code local} (this machine), {@code ssh} (sshj), and the
 * simulated lab's hosts. Failures to reach or talk to a host are {@link dev.berth.transport.HostException}s;
 * a command that ran and failed is a {@link dev.berth.model.CommandResult} with its exit code.
 */
package dev.berth.transport;
