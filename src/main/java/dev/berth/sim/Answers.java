package dev.berth.sim;

import dev.berth.model.CommandResult;

/**
 * Answers shared by the tools: what a shell says about a program it cannot find, and the lab's
 * honest "not simulated" for a form of a command it does not implement, so a test never mistakes
 * a gap in the lab for the behaviour of the real tool.
 */
public final class Answers {
    private Answers() {}

    /** {@code sh -c} of a missing program (what a non-interactive ssh command gets): exit 127. */
    public static CommandResult notFound(String program) {
        return CommandResult.failed(127, "sh: 1: " + program + ": not found\n"
                + "berth-lab: the simulated host has no program \"" + program + "\" (the lab does not implement it)\n");
    }

    /** A program the lab knows, used in a way it does not simulate. */
    public static CommandResult notImplemented(String program, String what) {
        return CommandResult.failed(127, "berth-lab: " + program + ": " + what + " is not implemented by the simulated lab\n");
    }
}
