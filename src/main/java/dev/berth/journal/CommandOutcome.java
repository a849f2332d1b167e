package dev.berth.journal;

import java.util.List;

/**
 * One command as it ran: its argv, exit code and standard error. A command whose host was lost
 * has no exit code ({@link #LOST}) and its stderr says why. Apply redacts secrets before building
 * one, so whatever reaches the journal is safe to print.
 */
public record CommandOutcome(List<String> argv, int exitCode, String stderr) {
    /** The exit code of a command whose answer never came back. */
    public static final int LOST = -1;

    public CommandOutcome {
        argv = List.copyOf(argv);
        stderr = stderr == null ? "" : stderr;
    }

    public boolean succeeded() { return exitCode == 0; }

    public String line() { return String.join(" ", argv); }
}
