package dev.berth.sim.drbd;

import java.util.List;
import java.util.Optional;

/**
 * Starting, moving and finishing resyncs. A resync is one record on both ends; the target's data
 * arrives at the lab's sync rate as the clock moves (thin backing devices fill up accordingly);
 * when the last sector is there the target takes the source's generation and is UpToDate.
 */
final class Resync {
    private Resync() {}

    static void start(Member source, ConnectionState toTarget, Member target, ConnectionState toSource, int volume,
                      long sectors, long now, long bytesPerSecond) {
        VolumeState sourceVolume = source.resource.volume(volume).orElseThrow();
        VolumeState targetVolume = target.resource.volume(volume).orElseThrow();
        Optional<MetadataState> targetMetadata = target.metadata(targetVolume);
        source.metadata(sourceVolume).ifPresent(md -> {
            MetadataState.PeerSlot slot = md.slot(target.resource.nodeId);
            // remember where the target stands, so that an interrupted resync resumes rather than restarts
            slot.bitmapUuid = targetMetadata.map(t -> t.currentUuid).orElse(0L);
            slot.outOfSyncSectors = sectors;
        });
        DiskStates.set(targetVolume, targetMetadata, "Inconsistent");
        toTarget.peerVolume(volume).ifPresent(p -> p.resync = record(true, sectors, now, bytesPerSecond));
        toSource.peerVolume(volume).ifPresent(p -> p.resync = record(false, sectors, now, bytesPerSecond));
        if (sectors == 0) finish(source, toTarget, target, toSource, volume);
    }

    private static ResyncState record(boolean source, long sectors, long now, long bytesPerSecond) {
        ResyncState resync = new ResyncState();
        resync.source = source;
        resync.startedAtMillis = now;
        resync.totalSectors = sectors;
        resync.bytesPerSecond = bytesPerSecond;
        return resync;
    }

    /** Moves every resync of the resource to {@code now}: data written on targets, finished ones completed. */
    static void advance(List<Member> members, long now) {
        for (Member target : members) {
            for (ConnectionState toSource : target.resource.connections) {
                for (PeerVolumeState peerVolume : toSource.peerVolumes) {
                    ResyncState resync = peerVolume.resync;
                    if (resync == null || resync.source) continue;
                    long done = resync.doneSectors(now);
                    VolumeState volume = target.resource.volume(peerVolume.volume).orElseThrow();
                    if (done > resync.accountedSectors) {
                        long delta = done - resync.accountedSectors;
                        resync.accountedSectors = done;
                        target.backing(volume).ifPresent(device -> target.host.devices().written(device, delta * 512));
                    }
                    if (done < resync.totalSectors) continue;
                    Optional<Member> source = target.peer(members, toSource);
                    Optional<ConnectionState> toTarget = source.flatMap(s -> s.resource.connection(target.resource.nodeId));
                    if (source.isPresent() && toTarget.isPresent()) finish(source.get(), toTarget.get(), target, toSource, peerVolume.volume);
                }
            }
        }
    }

    static void finish(Member source, ConnectionState toTarget, Member target, ConnectionState toSource, int volume) {
        VolumeState sourceVolume = source.resource.volume(volume).orElseThrow();
        VolumeState targetVolume = target.resource.volume(volume).orElseThrow();
        Optional<MetadataState> sourceMetadata = source.metadata(sourceVolume);
        Optional<MetadataState> targetMetadata = target.metadata(targetVolume);
        sourceMetadata.ifPresent(md -> clear(md.slot(target.resource.nodeId)));
        targetMetadata.ifPresent(md -> {
            clear(md.slot(source.resource.nodeId));
            sourceMetadata.ifPresent(from -> {
                md.currentUuid = from.currentUuid;
                md.history = new java.util.ArrayList<>(from.history);
            });
        });
        DiskStates.set(targetVolume, targetMetadata, "UpToDate");
        toTarget.peerVolume(volume).ifPresent(p -> p.resync = null);
        toSource.peerVolume(volume).ifPresent(p -> p.resync = null);
    }

    private static void clear(MetadataState.PeerSlot slot) {
        slot.bitmapUuid = 0;
        slot.outOfSyncSectors = 0;
        slot.outdated = false;
    }

    /** A connection went away: what was left of its resyncs stays recorded in the bitmaps. */
    static void interrupt(Member member, ConnectionState connection, long now) {
        for (PeerVolumeState peerVolume : connection.peerVolumes) {
            ResyncState resync = peerVolume.resync;
            if (resync == null) continue;
            long remaining = resync.remainingSectors(now);
            member.resource.volume(peerVolume.volume).flatMap(member::metadata)
                    .ifPresent(md -> md.slot(connection.peerNodeId).outOfSyncSectors = remaining);
            peerVolume.resync = null;
        }
    }

    /** A volume lost its disk: its resyncs stop on both ends, with what was left recorded in the bitmaps. */
    static void stopVolume(List<Member> members, ResourceState resource, int volume, long now) {
        Member self = members.stream().filter(m -> m.resource == resource).findFirst().orElse(null);
        if (self == null) return;
        for (ConnectionState connection : resource.connections) {
            Optional<PeerVolumeState> mine = connection.peerVolume(volume);
            if (mine.isEmpty() || mine.get().resync == null) continue;
            long remaining = mine.get().resync.remainingSectors(now);
            mine.get().resync = null;
            self.resource.volume(volume).flatMap(self::metadata).ifPresent(md -> md.slot(connection.peerNodeId).outOfSyncSectors = remaining);
            self.peer(members, connection).ifPresent(peer -> peer.resource.connection(resource.nodeId).flatMap(c -> c.peerVolume(volume))
                    .ifPresent(theirs -> {
                        theirs.resync = null;
                        peer.resource.volume(volume).flatMap(peer::metadata)
                                .ifPresent(md -> md.slot(resource.nodeId).outOfSyncSectors = remaining);
                    }));
        }
    }

    /** True when {@code volume} of {@code member} is already receiving a resync from some peer. */
    static boolean receiving(Member member, int volume) {
        return member.resource.connections.stream().flatMap(c -> c.peerVolume(volume).stream())
                .anyMatch(p -> p.resync != null && !p.resync.source);
    }
}
