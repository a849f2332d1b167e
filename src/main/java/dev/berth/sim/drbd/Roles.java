package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Promotion and demotion as DRBD 9 decides them: no promotion without quorum (when quorum is on),
 * none beside another Primary unless allow-two-primaries, and none without access to UpToDate data
 * on every volume, local or through a connected peer. {@code --force} makes an attached disk the
 * new UpToDate generation and the sync source for its connected peers (the classic initial sync).
 */
final class Roles {
    private Roles() {}

    static CommandResult promote(SimHost host, ResourceState resource, boolean force) {
        List<Member> members = Member.of(host.lab(), resource.name);
        Member self = members.stream().filter(m -> m.resource == resource).findFirst().orElseThrow();
        if (resource.volumes.stream().anyMatch(v -> !v.quorum)) return KernelAnswers.stateChangeFailed(resource.name, KernelAnswers.SS_NO_QUORUM);
        boolean twoPrimaries = resource.connections.stream().anyMatch(c -> c.connected() && c.peerRole.equals("Primary")
                && !c.netOptions.getOrDefault("allow-two-primaries", "no").equals("yes"));
        if (twoPrimaries) return KernelAnswers.stateChangeFailed(resource.name, KernelAnswers.SS_TWO_PRIMARIES);
        List<VolumeState> forced = new ArrayList<>();
        for (VolumeState volume : resource.volumes) {
            boolean data = volume.diskState.equals("UpToDate") || resource.connections.stream()
                    .anyMatch(c -> c.connected() && c.peerVolume(volume.volume).map(p -> p.peerDiskState.equals("UpToDate")).orElse(false));
            if (data) continue;
            if (!force || !volume.attached() || volume.diskState.equals("Diskless")) {
                return KernelAnswers.stateChangeFailed(resource.name, KernelAnswers.SS_NO_UP_TO_DATE_DISK);
            }
            forced.add(volume);
        }
        long now = host.clock().now().toEpochMilli();
        for (VolumeState volume : forced) {
            Optional<MetadataState> metadata = self.metadata(volume);
            metadata.ifPresent(md -> md.rotate(Identifiers.next(host)));
            DiskStates.set(volume, metadata, "UpToDate");
            syncToConnectedPeers(members, self, volume.volume, now, host.lab().syncRate());
        }
        resource.role = "Primary";
        resource.volumes.forEach(v -> self.metadata(v).ifPresent(md -> md.primary = true));
        return CommandResult.ok("");
    }

    static CommandResult demote(SimHost host, ResourceState resource) {
        resource.role = "Secondary";
        resource.suspendedQuorum = false;
        DrbdState state = DrbdTool.state(host);
        resource.volumes.forEach(v -> state.metadataOf(v).ifPresent(md -> md.primary = false));
        return CommandResult.ok("");
    }

    /** This node's volume is the new truth: every connected diskful peer takes a full resync from it. */
    static void syncToConnectedPeers(List<Member> members, Member self, int volume, long now, long bytesPerSecond) {
        for (ConnectionState toPeer : self.resource.connections) {
            if (!toPeer.connected()) continue;
            Optional<Member> peer = self.peer(members, toPeer);
            Optional<ConnectionState> back = peer.flatMap(p -> p.resource.connection(self.resource.nodeId));
            Optional<VolumeState> theirs = peer.flatMap(p -> p.resource.volume(volume));
            if (back.isEmpty() || theirs.isEmpty() || !theirs.get().attached()) continue;
            long sectors = Math.min(self.resource.volume(volume).orElseThrow().sizeSectors, theirs.get().sizeSectors);
            Resync.start(self, toPeer, peer.get(), back.get(), volume, sectors, now, bytesPerSecond);
        }
    }
}
