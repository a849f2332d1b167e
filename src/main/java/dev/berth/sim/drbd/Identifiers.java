package dev.berth.sim.drbd;

import dev.berth.sim.SimHost;

/**
 * DRBD's 64-bit generation identifiers and device uuids, taken from the host's deterministic
 * counter (so a replayed scenario gets the same values). DRBD keeps the lowest bit for the
 * "primary" flag; the lab clears it, and never hands out the reserved small values.
 */
final class Identifiers {
    private Identifiers() {}

    static long next(SimHost host) {
        long value = Long.parseUnsignedLong(host.newGuid()) & ~1L;
        return value == 0 || value == MetadataState.JUST_CREATED ? 0x10L : value;
    }
}
