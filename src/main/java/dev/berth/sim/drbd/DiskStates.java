package dev.berth.sim.drbd;

import dev.berth.drbd.MetadataSize;
import dev.berth.model.Size;
import java.util.List;
import java.util.Optional;

/**
 * Disk states and the metadata flags that carry them across a down/up (drbdmeta's dstate:
 * consistent + was-up-to-date is UpToDate or Consistent, consistent alone Outdated, neither
 * Inconsistent), and the size a volume offers: backing size less internal metadata for the slots
 * created, capped by the size last agreed with the peers.
 */
final class DiskStates {
    static final List<String> ORDER = List.of("Diskless", "Attaching", "Detaching", "Failed", "Negotiating", "Inconsistent",
            "Outdated", "DUnknown", "Consistent", "UpToDate");

    private DiskStates() {}

    static void set(VolumeState volume, Optional<MetadataState> metadata, String state) {
        volume.diskState = state;
        metadata.ifPresent(md -> {
            switch (state) {
                case "UpToDate":
                    md.consistent = true;
                    md.wasUpToDate = true;
                    break;
                case "Outdated":
                    md.consistent = true;
                    md.wasUpToDate = false;
                    break;
                case "Consistent":
                    md.consistent = true;
                    break;
                case "Inconsistent":
                    md.consistent = false;
                    md.wasUpToDate = false;
                    break;
                default:
                    break;
            }
        });
    }

    /** The state an attach starts in, from the metadata flags and what the metadata knows of the peers. */
    static String afterAttach(MetadataState metadata) {
        if (!metadata.consistent) return "Inconsistent";
        if (!metadata.wasUpToDate) return "Outdated";
        boolean peersKnown = metadata.peers.values().stream().anyMatch(p -> p.bitmapIndex >= 0 && !p.outdated);
        return peersKnown ? "Consistent" : "UpToDate";
    }

    /** True when {@code state} is at least as good as {@code floor} in DRBD's disk-state order. */
    static boolean atLeast(String state, String floor) {
        return ORDER.indexOf(state) >= ORDER.indexOf(floor);
    }

    /** Sectors the volume can offer on its current backing device. */
    static long usableSectors(Member member, VolumeState volume) {
        Optional<MetadataState> metadata = member.metadata(volume);
        if (metadata.isEmpty()) return 0;
        return member.backing(volume).map(d -> MetadataSize.usable(d.size(), metadata.get().maxPeers).sectors()).orElse(0L);
    }

    static Size bytes(long sectors) { return Size.ofBytes(sectors * 512); }
}
