package dev.berth.sim.drbd;

import dev.berth.sim.SimHost;
import dev.berth.sim.SimLab;
import java.util.List;
import java.util.Optional;

/**
 * Brings one resource up to the lab's present on every host that runs it, in one transaction:
 * links come and go (peers up or down, connect/disconnect, handshakes), resyncs move with the
 * clock, quorum is recomputed, and each end's view of its peers is refreshed. Every DRBD command
 * that changes or reads the kernel settles first or afterwards, so the state is always what DRBD
 * would show at this virtual time, however long nobody looked.
 */
final class Settle {
    private Settle() {}

    static void resource(SimLab lab, String name) {
        List<Member> members = Member.of(lab, name);
        if (members.isEmpty()) return;
        long now = lab.clock().now().toEpochMilli();
        Links.update(members, now, lab.syncRate());
        Resync.advance(members, now);
        ResyncRestart.run(members, now, lab.syncRate());
        Quorum.update(members);
        reflect(members);
    }

    /** Every resource in {@code host}'s kernel, and through them their peers. */
    static void host(SimHost host) {
        for (String name : List.copyOf(DrbdTool.state(host).resources.keySet())) resource(host.lab(), name);
    }

    private static void reflect(List<Member> members) {
        for (Member member : members) {
            for (ConnectionState connection : member.resource.connections) {
                Optional<Member> peer = connection.connected() ? member.peer(members, connection) : Optional.empty();
                connection.peerRole = peer.map(p -> p.resource.role).orElse("Unknown");
                for (PeerVolumeState peerVolume : connection.peerVolumes) {
                    Optional<VolumeState> theirs = peer.flatMap(p -> p.resource.volume(peerVolume.volume));
                    peerVolume.peerDiskState = theirs.map(v -> v.diskState).orElse("DUnknown");
                    peerVolume.peerClient = theirs.map(v -> v.intentionalDiskless).orElse(false);
                    if (peer.isEmpty()) peerVolume.replication = "Off";
                    else if (peerVolume.resync != null) peerVolume.replication = peerVolume.resync.source ? "SyncSource" : "SyncTarget";
                    else peerVolume.replication = "Established";
                }
                member.resource.volumes.forEach(volume -> member.metadata(volume).ifPresent(md -> {
                    MetadataState.PeerSlot slot = md.peers.get(connection.peerNodeId);
                    if (slot == null || !connection.connected()) return;
                    slot.connected = true;
                    slot.seen |= connection.peerVolume(volume.volume).map(p -> !p.peerClient).orElse(false);
                }));
            }
        }
    }
}
