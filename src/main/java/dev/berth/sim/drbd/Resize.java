package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.List;
import java.util.Optional;

/**
 * {@code drbdsetup resize} as DRBD 9 does it cluster-wide: the device grows to the smallest size
 * every diskful replica can offer (connected peers report their backing devices; a disconnected
 * one holds the size unless --assume-peer-has-space), an implicit shrink is refused, and the new
 * area is resynced from the Primary, or by node-id between Secondaries, unless --assume-clean.
 */
final class Resize {
    private Resize() {}

    static CommandResult run(SimHost host, ResourceState resource, VolumeState volume, SetupArguments args) {
        String minor = Integer.toString(volume.minor);
        List<Member> members = Member.of(host.lab(), resource.name);
        Member self = members.stream().filter(m -> m.resource == resource).findFirst().orElseThrow();
        for (ConnectionState connection : resource.connections) {
            if (connection.peerVolume(volume.volume).map(p -> p.resync != null).orElse(false)) {
                return KernelAnswers.failure(minor, KernelAnswers.ERR_RESIZE_RESYNC);
            }
        }
        long local = DiskStates.usableSectors(self, volume);
        long size = local;
        Optional<Long> requested = args.value("size").map(s -> dev.berth.drbd.OptionCatalogue.DISK.option("size").orElseThrow().normalize(s))
                .map(s -> Long.parseLong(s.substring(0, s.length() - 1)));
        if (requested.isPresent() && requested.get() > 0) {
            if (requested.get() > local) return KernelAnswers.failure(minor, KernelAnswers.ERR_DISK_TOO_SMALL);
            size = requested.get();
        }
        boolean assumePeerHasSpace = args.flag("assume-peer-has-space");
        for (ConnectionState connection : resource.connections) {
            Optional<Member> peer = connection.connected() ? self.peer(members, connection) : Optional.empty();
            Optional<VolumeState> theirs = peer.flatMap(p -> p.resource.volume(volume.volume)).filter(VolumeState::attached);
            if (theirs.isPresent()) size = Math.min(size, DiskStates.usableSectors(peer.get(), theirs.get()));
            else if (!connection.connected() && !assumePeerHasSpace && knownDiskful(self, volume, connection)) size = Math.min(size, volume.sizeSectors);
        }
        long old = volume.sizeSectors;
        if (size < old && requested.isEmpty()) return KernelAnswers.failure(minor, KernelAnswers.ERR_IMPLICIT_SHRINK);
        Handshake.setSize(self, volume, size);
        long now = host.clock().now().toEpochMilli();
        for (ConnectionState connection : resource.connections) {
            if (!connection.connected()) continue;
            Optional<Member> peer = self.peer(members, connection);
            if (peer.isEmpty()) continue;
            Optional<VolumeState> theirs = peer.get().resource.volume(volume.volume);
            if (theirs.isEmpty()) continue;
            if (!theirs.get().attached()) {
                theirs.get().sizeSectors = size;
                continue;
            }
            Handshake.setSize(peer.get(), theirs.get(), size);
            if (size > old && !args.flag("assume-clean")) growResync(self, connection, peer.get(), volume.volume, size - old, now, host.lab().syncRate());
        }
        return CommandResult.ok("");
    }

    /** resync_after_online_grow: the Primary is the source; between equals the lower node-id is. */
    private static void growResync(Member self, ConnectionState toPeer, Member peer, int volume, long sectors, long now, long rate) {
        ConnectionState back = peer.resource.connection(self.resource.nodeId).orElseThrow();
        boolean selfSource = self.resource.primary() != peer.resource.primary() ? self.resource.primary()
                : self.resource.nodeId < peer.resource.nodeId;
        Member target = selfSource ? peer : self;
        if (Resync.receiving(target, volume)) return;
        if (selfSource) Resync.start(self, toPeer, peer, back, volume, sectors, now, rate);
        else Resync.start(peer, back, self, toPeer, volume, sectors, now, rate);
    }

    private static boolean knownDiskful(Member self, VolumeState volume, ConnectionState connection) {
        return self.metadata(volume).map(md -> md.peers.get(connection.peerNodeId)).map(s -> s.bitmapIndex >= 0).orElse(false);
    }
}
