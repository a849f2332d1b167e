package dev.berth.sim.drbd;

import dev.berth.sim.ToolOutput;

/**
 * drbdmeta's {@code confirmed()}: the question on stderr, then either "confirmation forced via
 * --force" or, with no terminal on stdin (always so in the lab), a refusal without waiting.
 */
final class Confirm {
    private Confirm() {}

    static boolean ask(ToolOutput output, String question, boolean force) {
        output.err("");
        output.err(question);
        if (force) {
            output.err("*** confirmation forced via --force option ***");
            return true;
        }
        output.err("stdin not a TTY, not waiting for confirmation");
        return false;
    }
}
