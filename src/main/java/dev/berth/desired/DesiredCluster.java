package dev.berth.desired;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A whole stack: every map is sorted by name, so that everything derived from it is deterministic. */
public record DesiredCluster(String name, Connection connection, SortedMap<String, Node> nodes,
                             SortedMap<String, StoragePool> storagePools, SortedMap<String, ResourceGroup> resourceGroups,
                             SortedMap<String, Resource> resources, List<DriftIgnore> driftIgnore, Ownership ownership) {
    public DesiredCluster {
        nodes = unmodifiable(nodes);
        storagePools = unmodifiable(storagePools);
        resourceGroups = unmodifiable(resourceGroups);
        resources = unmodifiable(resources);
        driftIgnore = List.copyOf(driftIgnore);
    }

    public Optional<Node> node(String nodeName) { return Optional.ofNullable(nodes.get(nodeName)); }

    public Optional<StoragePool> pool(String poolName) { return Optional.ofNullable(storagePools.get(poolName)); }

    public Optional<ResourceGroup> group(String groupName) { return Optional.ofNullable(resourceGroups.get(groupName)); }

    static <V> SortedMap<String, V> unmodifiable(SortedMap<String, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
