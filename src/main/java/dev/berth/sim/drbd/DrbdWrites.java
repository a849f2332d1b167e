package dev.berth.sim.drbd;

import dev.berth.sim.SimHost;
import dev.berth.sim.SimLab;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An application writing to a DRBD device, for tests and scenarios: there is no file system in the
 * lab, so writes are this call. A Secondary writes only through auto-promote (otherwise the open
 * fails, "Wrong medium type"), a suspended Primary blocks. The write lands on every connected
 * diskful replica; the others are remembered as out of sync in the receivers' bitmaps, the first
 * write they miss starts a new data generation, and a replica that still talks to a receiver is
 * told it is Outdated (DRBD 9 spreads that through its peers). Returns why it failed, if it did.
 */
public final class DrbdWrites {
    private DrbdWrites() {}

    public static Optional<String> write(SimLab lab, String node, String resourceName, int volumeNumber, long bytes) {
        return lab.atomically(() -> {
            SimHost host = lab.host(node);
            Settle.resource(lab, resourceName);
            List<Member> members = Member.of(lab, resourceName);
            Optional<Member> writer = members.stream().filter(m -> m.host.node().equals(node)).findFirst();
            if (writer.isEmpty()) return Optional.of("No such device or address");
            ResourceState resource = writer.get().resource;
            Optional<VolumeState> volume = resource.volume(volumeNumber);
            if (volume.isEmpty()) return Optional.of("No such device or address");
            boolean autoPromoted = false;
            if (!resource.primary()) {
                if (!resource.option("auto-promote", "yes").equals("yes")) return Optional.of("Wrong medium type");
                var promoted = Roles.promote(host, resource, false);
                if (!promoted.succeeded()) return Optional.of(promoted.stderr().strip());
                autoPromoted = true;
                Settle.resource(lab, resourceName);
            }
            try {
                if (resource.suspendedQuorum) return Optional.of("I/O suspended: no quorum");
                land(members, writer.get(), volume.get(), bytes);
                return Optional.<String>empty();
            } finally {
                // auto-promote demotes again when the writer closes the device
                if (autoPromoted) Roles.demote(host, resource);
                Settle.resource(lab, resourceName);
            }
        });
    }

    private static void land(List<Member> members, Member writer, VolumeState volume, long bytes) {
        long sectors = Math.min((bytes + 511) / 512, Math.max(volume.sizeSectors, 1));
        List<Member> receivers = new ArrayList<>(List.of(writer));
        for (ConnectionState connection : writer.resource.connections) {
            if (connection.connected()) writer.peer(members, connection).ifPresent(receivers::add);
        }
        boolean newGeneration = false;
        for (Member receiver : receivers) {
            Optional<VolumeState> theirs = receiver.resource.volume(volume.volume).filter(VolumeState::attached);
            if (theirs.isEmpty()) continue;
            receiver.backing(theirs.get()).ifPresent(device -> receiver.host.devices().written(device, bytes));
            Optional<MetadataState> metadata = receiver.metadata(theirs.get());
            if (metadata.isEmpty()) continue;
            for (var slot : metadata.get().peers.entrySet()) {
                int peer = slot.getKey();
                if (slot.getValue().bitmapIndex < 0 || receivers.stream().anyMatch(r -> r.resource.nodeId == peer)) continue;
                slot.getValue().outOfSyncSectors = Math.min(theirs.get().sizeSectors, slot.getValue().outOfSyncSectors + sectors);
                if (slot.getValue().bitmapUuid == 0) {
                    slot.getValue().bitmapUuid = metadata.get().currentUuid;
                    newGeneration |= receiver == writer;
                }
            }
        }
        if (newGeneration) newGeneration(writer, receivers, volume.volume);
        outdateTheMissing(members, writer, receivers, volume.volume);
    }

    /** The writer starts a new generation; replicas in sync with it take it too. */
    private static void newGeneration(Member writer, List<Member> receivers, int volume) {
        MetadataState md = writer.metadata(writer.resource.volume(volume).orElseThrow()).orElseThrow();
        long previous = md.currentUuid;
        md.rotate(Identifiers.next(writer.host));
        for (Member receiver : receivers) {
            if (receiver == writer) continue;
            receiver.resource.volume(volume).filter(VolumeState::attached).flatMap(receiver::metadata)
                    .filter(theirs -> theirs.currentUuid == previous).ifPresent(theirs -> {
                        theirs.currentUuid = md.currentUuid;
                        theirs.history = new ArrayList<>(md.history);
                    });
        }
    }

    private static void outdateTheMissing(List<Member> members, Member writer, List<Member> receivers, int volume) {
        for (Member member : members) {
            if (receivers.contains(member) || member.down) continue;
            Optional<VolumeState> theirs = member.resource.volume(volume).filter(VolumeState::attached);
            if (theirs.isEmpty() || !DiskStates.atLeast(theirs.get().diskState, "Consistent")) continue;
            boolean reachable = member.resource.connections.stream().filter(ConnectionState::connected)
                    .anyMatch(c -> member.peer(members, c).map(receivers::contains).orElse(false));
            if (!reachable) continue;
            DiskStates.set(theirs.get(), member.metadata(theirs.get()), "Outdated");
            writer.resource.volume(volume).flatMap(writer::metadata).ifPresent(md -> md.slot(member.resource.nodeId).outdated = true);
        }
    }
}
