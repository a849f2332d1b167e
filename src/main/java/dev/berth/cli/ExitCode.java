package dev.berth.cli;

/** Exit codes shared by every command (design.md). */
public final class ExitCode {
    public static final int OK = 0;
    /** Berth could not do its job: bad stack, unreachable everything, an apply that failed and rolled back. */
    public static final int ERROR = 1;
    /** Changes present ({@code plan --detailed-exitcode}) or drift found. */
    public static final int CHANGES = 2;
    /** Refused: a safety rule, blocked steps, a stale plan, a held lock. */
    public static final int REFUSED = 3;
    /** An apply stopped with steps that were not undone. */
    public static final int INCOMPLETE = 4;
    /** Bad command line (BSD's EX_USAGE); 2 is taken by "changes". */
    public static final int USAGE = 64;

    private ExitCode() {}
}
