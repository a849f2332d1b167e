package dev.berth.reconcile;

import java.time.Duration;

/** The wait before the next round: the interval, doubled for each failure in a row, capped. */
public final class Backoff {
    /** A failing loop still tries once an hour, so a fix on the hosts is picked up without a restart. */
    public static final Duration CAP = Duration.ofHours(1);

    private Backoff() {}

    /** {@code interval × 2^failuresInARow}, at most {@link #CAP} (or the interval itself when that is longer). */
    public static Duration delay(Duration interval, int failuresInARow) {
        Duration cap = interval.compareTo(CAP) > 0 ? interval : CAP;
        Duration delay = interval;
        for (int i = 0; i < failuresInARow && delay.compareTo(cap) < 0; i++) delay = delay.multipliedBy(2);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
