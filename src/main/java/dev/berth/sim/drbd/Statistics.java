package dev.berth.sim.drbd;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The numbers drbdsetup's status prints for a peer volume at a given lab time: out-of-sync
 * sectors and the resync details, with drbdsetup.c's formulas. DRBD measures rates over its last
 * sync marks; the lab's rate is constant, so both windows show the same rate over the last 3 s.
 */
final class Statistics {
    /** DRBD's sync-mark step: its "db0/dt0" and "db1/dt1" look back about this far. */
    static final long WINDOW_MS = 3000;

    final long outOfSync;
    final ResyncState resync;
    final long elapsedMs;
    final long windowMs;
    final long windowSectors;

    private Statistics(long outOfSync, ResyncState resync, long elapsedMs, long windowMs, long windowSectors) {
        this.outOfSync = outOfSync;
        this.resync = resync;
        this.elapsedMs = elapsedMs;
        this.windowMs = windowMs;
        this.windowSectors = windowSectors;
    }

    static Statistics of(DrbdState state, ResourceState resource, ConnectionState connection, PeerVolumeState peerVolume, long now) {
        ResyncState resync = peerVolume.resync;
        if (resync == null) {
            long recorded = resource.volume(peerVolume.volume).flatMap(state::metadataOf)
                    .map(md -> md.peers.get(connection.peerNodeId)).map(slot -> slot.outOfSyncSectors).orElse(0L);
            return new Statistics(recorded, null, 0, 0, 0);
        }
        long elapsed = Math.max(0, now - resync.startedAtMillis);
        long window = Math.min(elapsed, WINDOW_MS);
        long windowSectors = resync.doneSectors(now) - resync.doneSectors(now - window);
        return new Statistics(resync.remainingSectors(now), resync, elapsed, window, windowSectors);
    }

    boolean details() { return resync != null && resync.totalSectors != 0; }

    double percentInSync(long sizeSectors) {
        return sizeSectors == 0 ? 0 : 100 * (1 - (double) outOfSync / (double) sizeSectors);
    }

    double percentDone() {
        return resync.totalSectors == 0 ? 0 : 100.0 * (resync.totalSectors - outOfSync) / (double) resync.totalSectors;
    }

    /** MiB/s of sectors over milliseconds, as drbdsetup converts: db/dt * 1000 / 2048. */
    static double rate(double sectors, double ms) { return sectors / (ms == 0 ? 1 : ms) * 1000.0 / 2048.0; }

    /** Peer volumes of a connection in volume order, as the kernel lists them. */
    static List<PeerVolumeState> ordered(ConnectionState connection) {
        return connection.peerVolumes.stream().sorted(Comparator.comparingInt(p -> p.volume)).toList();
    }

    /** Connections sorted by name (drbdsetup's sort_connections). */
    static List<ConnectionState> ordered(ResourceState resource) {
        return resource.connections.stream().sorted(Comparator.comparing(ConnectionState::peerName)).toList();
    }

    /** write-ordering: flush unless an attached disk turned flushes off (then drain, or none). */
    static String writeOrdering(ResourceState resource) {
        Optional<VolumeState> noFlush = resource.volumes.stream().filter(VolumeState::attached)
                .filter(v -> "no".equals(v.diskOptions.get("disk-flushes"))).findFirst();
        if (noFlush.isEmpty()) return "flush";
        return "no".equals(noFlush.get().diskOptions.get("disk-drain")) ? "none" : "drain";
    }
}
