package dev.berth.plan;

import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.VolumeGroup;
import dev.berth.observed.ZfsDataset;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The canonical projection of a host that a plan depends on (design.md): managed pools (identity,
 * extent size), marked volumes (name, size, the type/target/zeroing/health characters of lv_attr,
 * tags), the bytes of touched resource files (secrets redacted), the kernel's view of touched
 * resources (role, disk, connection and replication states, quorum, suspension) and the state
 * file — never counters, timestamps, free space or unrelated devices.
 */
public final class Projections {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private Projections() {}

    public static SortedMap<String, String> of(ObservedCluster observed, Collection<String> nodes, Set<String> resources) {
        TreeMap<String, String> projections = new TreeMap<>();
        for (String node : nodes) {
            ObservedHost host = observed.hosts().get(node);
            if (host == null) continue;
            projections.put(node, host.reachable().map(h -> project(h, resources)).orElse("{\"unreachable\":true}"));
        }
        return projections;
    }

    static String project(ReachableHost host, Set<String> resources) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode pools = root.putArray("volume_groups");
        for (VolumeGroup vg : host.inventory().lvm().volumeGroups().value().orElse(List.of())) {
            if (vg.isBerths()) pools.addObject().put("name", vg.name()).put("uuid", vg.uuid()).put("extent", vg.extentSize().bytes());
        }
        ArrayNode volumes = root.putArray("volumes");
        for (LogicalVolume lv : host.inventory().lvm().logicalVolumes().value().orElse(List.of())) {
            if (lv.isBerths()) {
                volumes.addObject().put("name", lv.address()).put("size", lv.size().bytes()).put("attributes", lv.attributes().projection())
                        .put("tags", String.join(",", lv.tags()));
            }
        }
        for (ZfsDataset zvol : host.inventory().zfs().datasets().value().orElse(List.of())) {
            if (zvol.isBerths()) volumes.addObject().put("name", zvol.name()).put("size", zvol.volumeSize().map(s -> s.bytes()).orElse(0L));
        }
        ArrayNode files = root.putArray("resource_files");
        for (ResourceFile file : host.inventory().files().resourceFiles().value().orElse(List.of())) {
            String resource = file.fileName().replaceFirst("\\.res$", "");
            if (resources.contains(resource)) files.addObject().put("path", file.path()).put("content", file.content());
        }
        ArrayNode kernel = root.putArray("kernel");
        for (ResourceStatus status : host.inventory().drbd().status().value().orElse(List.of())) {
            if (resources.contains(status.name())) kernel.add(status(status));
        }
        root.put("state_file", host.inventory().files().stateFile().value().flatMap(s -> s).orElse(""));
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode status(ResourceStatus status) {
        ObjectNode node = JSON.createObjectNode().put("name", status.name()).put("role", status.role().toString())
                .put("suspended", status.suspended());
        ArrayNode devices = node.putArray("devices");
        for (DeviceStatus d : status.devices()) {
            devices.addObject().put("volume", d.volume()).put("disk", d.diskState().toString()).put("quorum", d.quorum());
        }
        ArrayNode peers = node.putArray("peers");
        for (ConnectionStatus c : status.connections()) {
            ObjectNode peer = peers.addObject().put("node_id", c.peerNodeId()).put("connection", c.connectionState().toString())
                    .put("role", c.peerRole().toString());
            ArrayNode pds = peer.putArray("devices");
            for (PeerDeviceStatus pd : c.peerDevices()) {
                pds.addObject().put("volume", pd.volume()).put("replication", pd.replicationState().toString())
                        .put("disk", pd.peerDiskState().toString());
            }
        }
        return node;
    }
}
