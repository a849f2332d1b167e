package dev.berth.plan.placement;

import dev.berth.desired.Backend;
import dev.berth.desired.Connection;
import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Device;
import dev.berth.desired.DrbdSettings;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Ownership;
import dev.berth.desired.Placement;
import dev.berth.desired.PortRange;
import dev.berth.desired.ReplicaChoice;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.desired.Transport;
import dev.berth.desired.Volume;
import dev.berth.model.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small desired clusters for placement tests, and edits of loaded ones (records are immutable). */
final class Stacks {
    private Stacks() {}

    /** An active storage node; {@code labels} as key, value, key, value. Its host name is its name, its IP 10.0.0.N. */
    static Node node(String name, int number, String... labels) {
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) map.put(labels[i], labels[i + 1]);
        String address = "10.0.0." + number;
        return new Node(name, address, name, address, map, NodeState.ACTIVE, false, PortRange.LINSTOR_DEFAULT);
    }

    static Node disklessNode(String name, int number) {
        Node node = node(name, number);
        return new Node(name, node.address(), name, node.address(), node.labels(), NodeState.ACTIVE, true, node.ports());
    }

    /** An lvm-thin pool {@code vg/thin} on the given nodes (existing, no devices). */
    static StoragePool thinPool(String name, String... nodes) {
        return new StoragePool(name, Backend.LVM_THIN, "vg_" + name, Optional.of("thin"), new TreeSet<>(List.of(nodes)), new TreeMap<>());
    }

    static StoragePool thickPool(String name, Map<String, List<Device>> devices, String... nodes) {
        return new StoragePool(name, Backend.LVM, "vg_" + name, Optional.empty(), new TreeSet<>(List.of(nodes)), new TreeMap<>(devices));
    }

    static ResourceGroup group(String name, String pool, int replicas, Placement placement) {
        return new ResourceGroup(name, pool, replicas, placement, ResourceGroup.DEFAULT_MAX_PEERS, DrbdSettings.empty());
    }

    static Placement spread(String label) {
        return new Placement(Optional.of(label), Optional.empty(), new TreeSet<>(), new TreeSet<>(), false);
    }

    static Resource resource(String name, String group, Size... sizes) {
        List<Volume> volumes = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) volumes.add(new Volume(i, sizes[i]));
        return new Resource(name, group, volumes, Optional.empty(), DrbdSettings.empty(), false);
    }

    /** The resource with explicit nodes; a node name ending in {@code *} is diskless ({@code arbiter*}). */
    static Resource explicit(Resource resource, String... nodes) {
        List<ReplicaChoice> choices = new ArrayList<>();
        for (String node : nodes) choices.add(new ReplicaChoice(node.replace("*", ""), node.endsWith("*")));
        return new Resource(resource.name(), resource.group(), resource.volumes(), Optional.of(choices), resource.drbd(), false);
    }

    static DesiredCluster cluster(List<Node> nodes, List<StoragePool> pools, List<ResourceGroup> groups, List<Resource> resources) {
        TreeMap<String, Node> n = new TreeMap<>();
        nodes.forEach(x -> n.put(x.name(), x));
        TreeMap<String, StoragePool> p = new TreeMap<>();
        pools.forEach(x -> p.put(x.name(), x));
        TreeMap<String, ResourceGroup> g = new TreeMap<>();
        groups.forEach(x -> g.put(x.name(), x));
        TreeMap<String, Resource> r = new TreeMap<>();
        resources.forEach(x -> r.put(x.name(), x));
        return new DesiredCluster("test", Connection.defaults(Transport.SIM), n, p, g, r, List.of(), Ownership.defaults());
    }

    static DesiredCluster withState(DesiredCluster cluster, String nodeName, NodeState state) {
        TreeMap<String, Node> nodes = new TreeMap<>(cluster.nodes());
        Node n = nodes.get(nodeName);
        nodes.put(nodeName, new Node(n.name(), n.address(), n.hostname(), n.replicationAddress(), n.labels(), state, n.diskless(), n.ports()));
        return new DesiredCluster(cluster.name(), cluster.connection(), nodes, cluster.storagePools(), cluster.resourceGroups(),
                cluster.resources(), cluster.driftIgnore(), cluster.ownership());
    }

    static DesiredCluster withPorts(DesiredCluster cluster, String nodeName, PortRange ports) {
        TreeMap<String, Node> nodes = new TreeMap<>(cluster.nodes());
        Node n = nodes.get(nodeName);
        nodes.put(nodeName, new Node(n.name(), n.address(), n.hostname(), n.replicationAddress(), n.labels(), n.state(), n.diskless(), ports));
        return new DesiredCluster(cluster.name(), cluster.connection(), nodes, cluster.storagePools(), cluster.resourceGroups(),
                cluster.resources(), cluster.driftIgnore(), cluster.ownership());
    }

    static DesiredCluster withResources(DesiredCluster cluster, Resource... resources) {
        TreeMap<String, Resource> map = new TreeMap<>(cluster.resources());
        for (Resource resource : resources) map.put(resource.name(), resource);
        return new DesiredCluster(cluster.name(), cluster.connection(), cluster.nodes(), cluster.storagePools(), cluster.resourceGroups(),
                map, cluster.driftIgnore(), cluster.ownership());
    }

    static DesiredCluster adopting(DesiredCluster cluster) {
        return new DesiredCluster(cluster.name(), cluster.connection(), cluster.nodes(), cluster.storagePools(), cluster.resourceGroups(),
                cluster.resources(), cluster.driftIgnore(), new Ownership(true, false));
    }
}
