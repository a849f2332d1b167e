package dev.berth.drbd;

import java.util.Objects;

/**
 * Why a resource file could not be read, and where: 1-based line and column of the offending
 * token (or of the section that lacks something). A value, never an exception, so that a
 * discovery run can report a broken hand-written file on one host and carry on.
 */
public record ConfigProblem(int line, int column, String message) {
    public ConfigProblem {
        if (line < 1 || column < 1) throw new IllegalArgumentException("line and column are 1-based");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() { return line + ":" + column + ": " + message; }
}
