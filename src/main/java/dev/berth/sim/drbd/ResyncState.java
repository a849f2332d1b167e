package dev.berth.sim.drbd;

/**
 * A resync between two peers, stored on both ends: who is the source, when it started (lab time)
 * and how much it has to move. Progress is not stored: it is computed from the lab clock, so a
 * status read after {@code clock.advance} shows movement and nothing changes between reads.
 */
public final class ResyncState {
    public boolean source;
    public long startedAtMillis;
    public long totalSectors;
    public long bytesPerSecond;
    /** Sectors already reported as written to the target's backing device (thin volumes fill up as they arrive). */
    public long accountedSectors;

    /** Sectors moved by {@code nowMillis}, never more than the total. */
    public long doneSectors(long nowMillis) {
        long elapsed = Math.max(0, nowMillis - startedAtMillis);
        double moved = (double) bytesPerSecond * elapsed / 1000.0 / 512.0;
        return Math.min(totalSectors, (long) moved);
    }

    public long remainingSectors(long nowMillis) { return totalSectors - doneSectors(nowMillis); }

    /** When the last sector arrives, in lab milliseconds. */
    public long finishesAtMillis() {
        return startedAtMillis + (long) Math.ceil(totalSectors * 512.0 * 1000.0 / bytesPerSecond);
    }
}
