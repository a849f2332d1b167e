package dev.berth.sim.drbd;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * DRBD 9's quorum per volume (drbd_state.c calc_quorum, simplified): the voters are this node and
 * every diskful peer the metadata or the kernel knows; UpToDate and other present disks count,
 * absent peers known to be Outdated drop out of the vote when no peer is merely unknown; a
 * connected UpToDate peer that has quorum lends it to a client; and with an even split missing one
 * vote, a majority of the diskless tiebreakers keeps the quorum this node already had. With
 * {@code quorum off} the result is not enforced. A Primary without quorum and
 * {@code on-no-quorum suspend-io} suspends its I/O.
 */
final class Quorum {
    private Quorum() {}

    static void update(List<Member> members) {
        for (Member member : members) {
            ResourceState resource = member.resource;
            String setting = resource.option("quorum", "off");
            boolean lost = false;
            for (VolumeState volume : resource.volumes) {
                boolean real = compute(members, member, volume, setting);
                volume.quorum = setting.equals("off") || real;
                lost |= !volume.quorum;
            }
            resource.suspendedQuorum = lost && resource.primary() && resource.option("on-no-quorum", "suspend-io").equals("suspend-io");
        }
    }

    private static boolean compute(List<Member> members, Member member, VolumeState volume, String setting) {
        int upToDate = 0, present = 0, outdated = 0, unknown = 0, diskless = 0, missingDiskless = 0, quoratePeers = 0;
        Optional<MetadataState> metadata = member.metadata(volume);
        if (volume.attached()) {
            if (volume.diskState.equals("UpToDate")) upToDate++; else present++;
        } else if (volume.intentionalDiskless) {
            diskless++;
        } else {
            unknown++;
        }
        var nodes = new TreeSet<Integer>();
        member.resource.connections.forEach(c -> nodes.add(c.peerNodeId));
        metadata.ifPresent(md -> md.peers.forEach((node, slot) -> { if (slot.bitmapIndex >= 0 || slot.seen) nodes.add(node); }));
        for (int node : nodes) {
            Optional<ConnectionState> connection = member.resource.connection(node);
            Optional<PeerVolumeState> peerVolume = connection.flatMap(c -> c.peerVolume(volume.volume));
            MetadataState.PeerSlot slot = metadata.map(md -> md.peers.get(node)).orElse(null);
            boolean intentionalDiskless = peerVolume.map(p -> p.peerClient || "no".equals(p.options.get("bitmap")))
                    .orElse(slot == null || slot.bitmapIndex < 0);
            boolean connected = connection.map(ConnectionState::connected).orElse(false);
            String peerDisk = peerVolume.map(p -> p.peerDiskState).orElse("DUnknown");
            if (!connected) {
                if (intentionalDiskless) missingDiskless++;
                else if (slot != null && slot.outdated || !DiskStates.atLeast(peerDisk, "DUnknown")) outdated++;
                else unknown++;
            } else if (peerDisk.equals("Diskless") && intentionalDiskless) {
                diskless++;
            } else if (peerDisk.equals("UpToDate")) {
                upToDate++;
                if (!volume.attached() && peerHasQuorum(members, member, connection.get(), volume.volume)) quoratePeers++;
            } else {
                present++;
            }
        }
        int voters = unknown > 0 ? outdated + unknown + upToDate + present : upToDate + present;
        int quorumAt = quorumAt(setting, voters);
        boolean have = quoratePeers > 0 || upToDate + present >= quorumAt;
        if (!have && voters > 0 && voters % 2 == 0 && upToDate + present == quorumAt - 1
                && diskless >= quorumAt("majority", diskless + missingDiskless) && volume.quorum) {
            have = true;
        }
        return have;
    }

    private static boolean peerHasQuorum(List<Member> members, Member member, ConnectionState connection, int volume) {
        return member.peer(members, connection).flatMap(p -> p.resource.volume(volume)).map(v -> v.quorum).orElse(false);
    }

    static int quorumAt(String setting, int voters) {
        switch (setting) {
            case "majority": return voters / 2 + 1;
            case "all": return voters;
            case "off": return voters / 2 + 1;
            default: return Integer.parseInt(setting);
        }
    }
}
