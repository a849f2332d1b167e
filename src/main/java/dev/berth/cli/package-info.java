/**
 * The command line: thin picocli commands over the core. Each parses its arguments, calls the
 * core, renders the result and returns an exit code; only {@link dev.berth.cli.Main#main} exits.
 */
package dev.berth.cli;
