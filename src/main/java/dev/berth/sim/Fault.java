package dev.berth.sim;

import java.util.Objects;

/**
 * A failure planted on one host. The glob matches the space-joined argv ({@code *} any text,
 * {@code ?} one character, the whole line must match); the first {@code after} matching commands
 * run normally, the next {@code times} are hit.
 */
public record Fault(String glob, int times, int after, Mode mode) {
    public enum Mode {
        /** The command does not run; it exits 1 with {@code berth-lab: injected fault}. */
        FAIL,
        /** The command does not run and never answers: the caller times out (in virtual time). */
        HANG,
        /** The command runs, then the connection drops before the answer arrives. */
        LOSE_ANSWER
    }

    public Fault {
        Objects.requireNonNull(glob);
        Objects.requireNonNull(mode);
        if (times < 1) throw new IllegalArgumentException("a fault hits at least one command");
        if (after < 0) throw new IllegalArgumentException("after cannot be negative");
    }

    public static Fault fail(String glob) { return new Fault(glob, 1, 0, Mode.FAIL); }

    public static Fault hang(String glob) { return new Fault(glob, 1, 0, Mode.HANG); }

    public static Fault loseAnswer(String glob) { return new Fault(glob, 1, 0, Mode.LOSE_ANSWER); }

    public Fault times(int value) { return new Fault(glob, value, after, mode); }

    public Fault after(int value) { return new Fault(glob, times, value, mode); }

    /** True when the glob matches the whole space-joined argv {@code line}. */
    public boolean matches(String line) { return FaultMatcher.matches(glob, line); }

    /** Hits every matching command from now on. */
    public Fault always() { return new Fault(glob, Integer.MAX_VALUE, after, mode); }
}
