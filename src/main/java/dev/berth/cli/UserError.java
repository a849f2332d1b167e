package dev.berth.cli;

/** A problem the user can fix, reported as one line with exit code 1 (or the code given). */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) { this(message, ExitCode.ERROR); }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() { return exitCode; }
}
