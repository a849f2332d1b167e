package dev.berth.sim;

import dev.berth.model.CommandResult;
import dev.berth.transport.BatchWrapper;

import java.util.List;

/**
 * Answers shared by the tools: what a shell says about a program it cannot find, and the lab's
 * honest "not simulated" for a form of a command it does not implement, so a test never mistakes
 * a gap in the lab for the behaviour of the real tool.
 */
public final class Answers {
    /** The line of Berth's batch wrapper that runs each command; dash names it when exec fails. */
    private static final int WRAPPER_EXEC_LINE = execLine();

    private Answers() {}

    /** {@code sh -c} of a missing program (what a non-interactive ssh command gets): exit 127. */
    public static CommandResult notFound(String program) {
        return CommandResult.failed(127, "sh: 1: " + program + ": not found\n"
                + "berth-lab: the simulated host has no program \"" + program + "\" (the lab does not implement it)\n");
    }

    /**
     * The same missing program inside Berth's batch wrapper, as discovery over SSH sees it: dash
     * reports the wrapper's {@code exec} line ({@code sh: 15: exec: zfs: not found}, checked
     * against real test hosts by {@code RealVersusSimulatedHostTest}).
     */
    public static CommandResult inBatch(CommandResult result, String program) {
        String single = "sh: 1: " + program + ": not found\n";
        if (result.exitCode() != 127 || !result.stderr().startsWith(single)) return result;
        String batch = "sh: " + WRAPPER_EXEC_LINE + ": exec: " + program + ": not found\n";
        return new CommandResult(127, result.stdout(), batch + result.stderr().substring(single.length()));
    }

    private static int execLine() {
        List<String> lines = List.of(BatchWrapper.SCRIPT.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("(exec \"$@\")")) return i + 1;
        }
        throw new IllegalStateException("the batch wrapper has no exec line");
    }

    /** A program the lab knows, used in a way it does not simulate. */
    public static CommandResult notImplemented(String program, String what) {
        return CommandResult.failed(127, "berth-lab: " + program + ": " + what + " is not implemented by the simulated lab\n");
    }
}
