package dev.berth.sim;

/**
 * A lab folder that cannot be used: missing, written by a newer Berth, or damaged. The message
 * names the file and says what to do, because it reaches the user as it is.
 */
public final class LabException extends RuntimeException {
    public LabException(String message) { super(message); }

    public LabException(String message, Throwable cause) { super(message, cause); }
}
