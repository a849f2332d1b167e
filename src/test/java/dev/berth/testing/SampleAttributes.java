package dev.berth.testing;

import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.SecretReference;
import dev.berth.model.Size;
import dev.berth.plan.Allocation;
import dev.berth.plan.Basis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The flattened before/after attributes the planner's diff gives each kind of address, and the
 * allocation and basis of a sample, so every sample describes its objects the same way.
 */
public final class SampleAttributes {
    private SampleAttributes() {}

    public static Map<String, String> resource(ResourceConfig config, Size net) {
        Map<String, String> out = new TreeMap<>();
        out.put("replicas", hostList(config));
        out.put("volume.0.size", net.toString());
        config.options().forEach((k, v) -> out.put("options." + k, v));
        config.net().forEach((k, v) -> out.put("net." + k, v));
        config.sharedSecret().map(SecretReference::redactedPlaceholder).ifPresent(p -> out.put("net.shared-secret", p));
        config.disk().forEach((k, v) -> out.put("disk." + k, v));
        return out;
    }

    public static Map<String, String> pool(String device) {
        return PlanBuilder.attributes("backend", "lvm-thin", "devices", device, "thin_pool", "vg_fast/thin", "zero_new_blocks", "yes");
    }

    public static Map<String, String> volume(String resource, Size net) {
        return PlanBuilder.attributes("backend", "lvm-thin", "backing", SampleResources.FAST.qualified(SampleResources.backingName(resource)),
                "size", net.toString(), "gross_size", SampleResources.gross(net).toString());
    }

    public static Map<String, String> drbd(ResourceConfig config, String host) {
        HostConfig local = config.host(host).orElseThrow();
        String port = config.connectionsOf(host).stream().findFirst().map(c -> Integer.toString(c.endpointOf(host).port())).orElse("none");
        Map<String, String> out = PlanBuilder.attributes("node_id", Integer.toString(local.nodeId()),
                "address", SampleResources.address(host) + ":" + port,
                "peers", config.hosts().stream().map(HostConfig::hostname).filter(h -> !h.equals(host)).collect(Collectors.joining(", ")),
                "peer_slots", Integer.toString(SampleResources.PEER_SLOTS),
                "volume.0.minor", Integer.toString(local.volumes().get(0).minor()),
                "volume.0.disk", local.volumes().get(0).backingDisk().orElse("none"));
        config.disk().forEach((k, v) -> out.put("disk." + k, v));
        return out;
    }

    public static Allocation allocation(ResourceConfig config) {
        Map<String, Integer> nodeIds = new TreeMap<>();
        Map<String, Integer> ports = new TreeMap<>();
        for (HostConfig host : config.hosts()) {
            nodeIds.put(host.hostname(), host.nodeId());
            config.connectionsOf(host.hostname()).stream().findFirst().ifPresent(c -> ports.put(host.hostname(), c.endpointOf(host.hostname()).port()));
        }
        return new Allocation(config.name(), new TreeMap<>(nodeIds), new TreeMap<>(ports),
                List.of(config.hosts().get(0).volumes().get(0).minor()), SampleResources.PEER_SLOTS);
    }

    /** The lab basis: a fixed spec digest per sample and a short projection per host (the real ones come from discovery). */
    public static Basis basis(String specDigest, Map<String, String> projections) {
        return new Basis("examples/stacks/mysql-ha", "sha256:" + specDigest, "lab:.berth/lab/mysql-ha", new TreeMap<>(projections));
    }

    public static String hostList(ResourceConfig config) {
        return config.hosts().stream().map(HostConfig::hostname).collect(Collectors.joining(", "));
    }
}
