package dev.berth.transport;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;

/**
 * Something that executes one argv with standard input: the local machine, a simulated host,
 * or the test SSH server's backend. Never throws for a failing command: that is an exit code.
 */
@FunctionalInterface
public interface CommandRunner {
    CommandResult run(Command command, String stdin);
}
