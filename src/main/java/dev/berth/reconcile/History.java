package dev.berth.reconcile;

import java.util.Objects;
import java.util.Optional;

/**
 * What the loop remembers between rounds: the commit it applied last (the hosts' state files say
 * so too, and survive a restart of the loop), the commit that keeps failing with its number of
 * failed attempts, and the failures in a row (any round, for the backoff).
 */
public record History(Optional<String> applied, Optional<String> failing, int attempts, int failuresInARow) {
    public History {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(failing, "failing");
        if (attempts < 0 || failuresInARow < 0) throw new IllegalArgumentException("counts are not negative");
        if (failing.isEmpty() && attempts > 0) throw new IllegalArgumentException("attempts belong to a failing commit");
    }

    public static History start() { return new History(Optional.empty(), Optional.empty(), 0, 0); }

    /** {@code commit} is on the hosts now: its failures are forgiven. */
    public History applied(String commit) { return new History(Optional.of(commit), Optional.empty(), 0, 0); }

    /** The hosts are at {@code commit} (their state files say so): remembered, failures kept. */
    public History remember(String commit) { return new History(Optional.of(commit), failing, attempts, failuresInARow); }

    /** A round that changed nothing and failed nothing. */
    public History quiet() { return new History(applied, failing, attempts, 0); }

    /** A round on {@code commit} failed (an apply rolled back, a refusal, an invalid stack). */
    public History failed(String commit) {
        int count = failing.equals(Optional.of(commit)) ? attempts + 1 : 1;
        return new History(applied, Optional.of(commit), count, failuresInARow + 1);
    }

    /** A round failed before it knew a commit (the fetch failed): only the backoff grows. */
    public History failedWithoutCommit() { return new History(applied, failing, attempts, failuresInARow + 1); }

    /** Attempts at {@code commit} so far. */
    public int attemptsAt(String commit) { return failing.equals(Optional.of(commit)) ? attempts : 0; }
}
