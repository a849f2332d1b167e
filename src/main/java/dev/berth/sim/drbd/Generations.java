package dev.berth.sim.drbd;

/**
 * DRBD's handshake decision for one volume of two attached peers, from their generation
 * identifiers (a simplified drbd_uuid_compare): equal current uuids need no resync (only what a
 * bitmap recorded); the side whose current uuid the other has in its history, or whose bitmap for
 * the other starts at the other's current uuid, is newer and becomes SyncSource; fresh metadata
 * (UUID_JUST_CREATED) takes a full sync from consistent data; two consistent sides that moved on
 * independently are a split brain, and sides with nothing in common are unrelated data.
 */
final class Generations {
    enum Kind { NONE, A_TO_B, B_TO_A, SPLIT_BRAIN, UNRELATED }

    /** The decision and, for a resync, how many sectors it moves. */
    record Decision(Kind kind, long sectors) {}

    private Generations() {}

    static Decision decide(Side a, Side b, long fullSectors) {
        if (a.metadata.justCreated() && b.metadata.justCreated()) return new Decision(Kind.NONE, 0);
        if (a.metadata.currentUuid == b.metadata.currentUuid) {
            if (!a.consistent() && b.source()) return new Decision(Kind.B_TO_A, recorded(a, b, fullSectors));
            if (a.source() && !b.consistent()) return new Decision(Kind.A_TO_B, recorded(a, b, fullSectors));
            return new Decision(Kind.NONE, 0);
        }
        if (b.source() && bitmapStartsAt(b, a)) return new Decision(Kind.B_TO_A, Math.min(fullSectors, bits(a, b)));
        if (a.source() && bitmapStartsAt(a, b)) return new Decision(Kind.A_TO_B, Math.min(fullSectors, bits(a, b)));
        if (b.source() && (a.metadata.justCreated() || b.metadata.history.contains(a.metadata.currentUuid))) {
            return new Decision(Kind.B_TO_A, fullSectors);
        }
        if (a.source() && (b.metadata.justCreated() || a.metadata.history.contains(b.metadata.currentUuid))) {
            return new Decision(Kind.A_TO_B, fullSectors);
        }
        if (a.consistent() && b.consistent()) {
            boolean related = a.metadata.history.stream().anyMatch(u -> u != 0 && b.metadata.history.contains(u));
            return new Decision(related ? Kind.SPLIT_BRAIN : Kind.UNRELATED, 0);
        }
        return new Decision(Kind.NONE, 0);
    }

    /** {@code newer} tracked changes for {@code older} since exactly older's current uuid. */
    private static boolean bitmapStartsAt(Side newer, Side older) {
        MetadataState.PeerSlot slot = newer.metadata.peers.get(older.nodeId);
        return slot != null && slot.bitmapUuid != 0 && slot.bitmapUuid == older.metadata.currentUuid;
    }

    /** What either side recorded as out of sync for the other (an interrupted resync is recorded on both ends). */
    private static long bits(Side a, Side b) {
        return Math.max(slotBits(a, b.nodeId), slotBits(b, a.nodeId));
    }

    private static long recorded(Side a, Side b, long fullSectors) {
        long recorded = Math.max(slotBits(a, b.nodeId), slotBits(b, a.nodeId));
        return recorded > 0 ? Math.min(recorded, fullSectors) : fullSectors;
    }

    private static long slotBits(Side side, int peer) {
        MetadataState.PeerSlot slot = side.metadata.peers.get(peer);
        return slot == null ? 0 : slot.outOfSyncSectors;
    }

    /** One end of the handshake: its metadata, node-id and current disk state. */
    record Side(MetadataState metadata, int nodeId, String diskState) {
        /** Only good data is synced from: an Outdated disk never becomes a SyncSource. */
        boolean source() { return diskState.equals("UpToDate") || diskState.equals("Consistent"); }

        boolean consistent() {
            return diskState.equals("UpToDate") || diskState.equals("Consistent") || diskState.equals("Outdated");
        }
    }
}
