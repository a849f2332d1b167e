package dev.berth.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * The lab's virtual clock. Everything time-dependent in the lab (timeouts of hung commands,
 * part 2's resync progress, lock leases that Berth writes) reads it, and tests move it forward
 * instead of sleeping. It lives in the lab folder, so every process on a lab sees one time.
 */
public final class LabClock {
    private final SimLab lab;

    LabClock(SimLab lab) {
        this.lab = lab;
    }

    public Instant now() {
        return lab.transaction(tx -> tx.settings().clock);
    }

    /** Moves time forward and returns the new time. */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) throw new IllegalArgumentException("the lab's clock only moves forward");
        return lab.transaction(tx -> tx.settings().clock = tx.settings().clock.plus(duration));
    }
}
