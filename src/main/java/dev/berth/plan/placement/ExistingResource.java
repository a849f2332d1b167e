package dev.berth.plan.placement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is live of one stack resource across the cluster: Berth's replicas by node name, the
 * node-ids of replicas on hosts the stack does not name (they stay reserved), definitions of the
 * name that are not Berth's, and disagreements between the hosts' files (which view won is said
 * in the note). An empty one means the resource is new.
 */
public record ExistingResource(String name, SortedMap<String, ExistingReplica> replicas,
                               SortedMap<String, Integer> strangerHosts, List<ForeignDefinition> foreign,
                               List<String> inconsistencies) {
    public ExistingResource {
        Objects.requireNonNull(name, "name");
        replicas = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(replicas));
        strangerHosts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(strangerHosts));
        foreign = List.copyOf(foreign);
        inconsistencies = List.copyOf(inconsistencies);
    }

    public static ExistingResource none(String name) {
        return new ExistingResource(name, new TreeMap<>(), new TreeMap<>(), List.of(), List.of());
    }

    public boolean isNew() { return replicas.isEmpty() && strangerHosts.isEmpty(); }

    public Optional<ExistingReplica> replica(String node) { return Optional.ofNullable(replicas.get(node)); }

    /** Every node-id a live replica holds, also on hosts outside the stack: none may be handed out again. */
    public SortedSet<Integer> nodeIdsInUse() {
        TreeSet<Integer> ids = new TreeSet<>(strangerHosts.values());
        replicas.values().forEach(r -> ids.add(r.nodeId()));
        return ids;
    }

    /**
     * The minor of each volume. DRBD allows different minors per host, LINSTOR (and Berth) never
     * make them so; should hosts disagree, the replica seen on its own host, first by node name, wins.
     */
    public SortedMap<Integer, Integer> minors() {
        TreeMap<Integer, Integer> minors = new TreeMap<>();
        replicas.values().stream().filter(ExistingReplica::seenOnHost).forEach(r -> r.minors().forEach(minors::putIfAbsent));
        replicas.values().forEach(r -> r.minors().forEach(minors::putIfAbsent));
        return minors;
    }

    /** Nodes with a definition of this name that Berth does not manage. */
    public SortedSet<String> foreignNodes() {
        TreeSet<String> nodes = new TreeSet<>();
        foreign.forEach(f -> nodes.add(f.node()));
        return nodes;
    }
}
