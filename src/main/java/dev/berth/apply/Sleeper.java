package dev.berth.apply;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the engine sees it: what time it is (lock leases, wait deadlines, journal stamps) and
 * how to let time pass between polls. The lab passes its virtual clock, which moves forward
 * instead of sleeping, so a thirty-minute resync takes no real time in a test.
 */
public interface Sleeper {
    Sleeper REAL = new Sleeper() {
        @Override public Instant now() { return Instant.now(); }

        @Override public void sleep(Duration duration) throws InterruptedException { Thread.sleep(duration.toMillis()); }
    };

    Instant now();

    void sleep(Duration duration) throws InterruptedException;
}
