package dev.berth.drift;

import dev.berth.desired.Node;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ParseResult;
import dev.berth.drbd.ResourceFileParser;
import dev.berth.drbd.VolumeConfig;
import dev.berth.model.Address;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.ZfsDataset;
import dev.berth.ops.ResourceFiles;

import java.util.Optional;

/**
 * What a plan leaves alone because the replica's file is still in place: the replica taken down
 * by hand ({@code drbdadm down}), or its backing volume removed under it. Both are missing, and
 * the action is the DRBD or LVM command, since applying the stack again would not touch them.
 */
final class ReplicaDrift {
    private final DriftContext context;

    ReplicaDrift(DriftContext context) { this.context = context; }

    void collect() {
        // host by host, file by file: one pass over what is there, not resources × hosts
        for (ReachableHost host : context.observed.reachable()) {
            Optional<java.util.Set<String>> running = host.inventory().drbd().status().value().map(list -> list.stream()
                    .map(ResourceStatus::name).collect(java.util.stream.Collectors.toSet()));
            for (ResourceFile file : OptionDrift.files(host)) {
                String resource = file.fileName().replaceFirst("\\.res$", "");
                if (!file.writtenByBerth() || !file.path().equals(ResourceFiles.path(resource))) continue;
                Address replica = Address.drbd(resource, host.node());
                if (!context.desired.resources().containsKey(resource) || !context.options.targets(replica) || context.covers(replica)) continue;
                boolean up = running.isEmpty() || running.get().contains(resource) || !down(host, replica);
                volumes(host, resource, file, up);
            }
        }
    }

    /** The replica is configured but not running: adds the item and says so. */
    private boolean down(ReachableHost host, Address replica) {
        context.add(DriftKind.MISSING, replica, "running", "up (running in the kernel)",
                "down: " + ResourceFiles.path(replica.name()) + " is in place but DRBD does not run it",
                "on " + host.node() + ": drbdadm up " + replica.name() + " (a plan does not start a replica taken down by hand)");
        return true;
    }

    private void volumes(ReachableHost host, String resource, ResourceFile file, boolean running) {
        Node node = context.desired.nodes().get(host.node());
        ParseResult parsed = ResourceFileParser.parse(file.content());
        if (node == null || parsed.resources().isEmpty()) return;
        Optional<HostConfig> section = parsed.resources().get(0).resource().host(node.hostname());
        if (section.isEmpty()) return;
        for (VolumeConfig volume : section.get().volumes()) {
            if (volume.backingDisk().isEmpty()) continue;
            Address address = Address.volume(resource, volume.number(), host.node());
            String disk = volume.backingDisk().get();
            Optional<Boolean> present = present(host, disk);
            if (present.isEmpty() || present.get() || context.covers(address)) continue;
            context.add(DriftKind.MISSING, address, "volume", disk, "absent, while the replica's file still names it",
                    "on " + host.node() + ": " + (running ? "drbdadm down " + resource + ", " : "") + "recreate " + disk + " (same size, tagged berth), drbdadm create-md "
                            + resource + "/" + volume.number() + ", drbdadm up " + resource + " — it then resyncs fully from its peers");
        }
    }

    /** Whether the device exists, when the host's volume listing was readable. */
    private static Optional<Boolean> present(ReachableHost host, String disk) {
        if (disk.startsWith("/dev/zvol/")) {
            return host.inventory().zfs().datasets().value().map(list -> list.stream().map(ZfsDataset::devicePath).anyMatch(disk::equals));
        }
        return host.inventory().lvm().logicalVolumes().value()
                .map(list -> list.stream().map(LogicalVolume::devicePath).anyMatch(disk::equals));
    }
}
