package dev.berth.sim.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * DRBD's internal metadata on one backing device, what {@code drbdmeta create-md} writes and
 * {@code dump-md} prints: peer slots (max-peers), the node-id it was attached as, the generation
 * identifiers (current, history, one bitmap uuid per peer) that decide sync direction, the flags
 * that give the disk state after attach, the last agreed size and per-peer out-of-sync counts.
 */
public final class MetadataState {
    /** UUID_JUST_CREATED: the current uuid of fresh metadata, which the kernel treats as "all out of sync". */
    public static final long JUST_CREATED = 4L;

    public String identity;
    public String path;
    public int maxPeers;
    public int nodeId = -1;
    public long deviceUuid;
    public long currentUuid = JUST_CREATED;
    public List<Long> history = new ArrayList<>(List.of(0L, 0L));
    public boolean consistent;
    public boolean wasUpToDate;
    public boolean primary;
    public long effectiveSizeSectors;
    public TreeMap<Integer, PeerSlot> peers = new TreeMap<>();

    public boolean justCreated() { return currentUuid == JUST_CREATED; }

    /** The slot remembering {@code peerNodeId}, made empty (no bitmap) the first time. */
    public PeerSlot slot(int peerNodeId) {
        return peers.computeIfAbsent(peerNodeId, id -> new PeerSlot());
    }

    /** Gives a diskful peer a bitmap (DRBD's allocate_bitmap_index); false when all max-peers bitmaps are taken. */
    public boolean allocateBitmap(int peerNodeId) {
        PeerSlot slot = slot(peerNodeId);
        if (slot.bitmapIndex >= 0) return true;
        for (int index = 0; index < maxPeers; index++) {
            final int candidate = index;
            if (peers.values().stream().noneMatch(p -> p.bitmapIndex == candidate)) {
                slot.bitmapIndex = index;
                return true;
            }
        }
        return false;
    }

    public int freeBitmaps() {
        return maxPeers - (int) peers.values().stream().filter(p -> p.bitmapIndex >= 0).count();
    }

    /** Pushes the current uuid into history and takes {@code next}. */
    public void rotate(long next) {
        history.add(0, currentUuid);
        while (history.size() > 2) history.remove(history.size() - 1);
        currentUuid = next;
    }

    /** A peer node this metadata remembers: bitmap index, bitmap uuid, flags, and what it missed. */
    public static final class PeerSlot {
        public int bitmapIndex = -1;
        public long bitmapUuid;
        public boolean connected;
        public boolean outdated;
        public boolean seen;
        public long outOfSyncSectors;
    }
}
