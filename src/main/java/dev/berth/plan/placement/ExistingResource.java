package dev.berth.plan.placement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is live of one stack resource across the cluster: Berth's replicas by node name; the
 * node-ids that definitions give to hosts the stack does not name ({@code strangerHosts}) and to
 * nodes that peers list but that have no definition of their own ({@code listedOnly}), which stay
 * reserved because a peer's kernel may still know them; definitions of the name that are not
 * Berth's; and disagreements between the hosts' files (the note says which view won). An empty
 * one means the resource is new.
 */
public record ExistingResource(String name, SortedMap<String, ExistingReplica> replicas,
                               SortedMap<String, Integer> strangerHosts, SortedMap<String, Integer> listedOnly,
                               List<ForeignDefinition> foreign, List<String> inconsistencies, OptionalInt peerSlots) {
    public ExistingResource {
        Objects.requireNonNull(name, "name");
        replicas = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(replicas));
        strangerHosts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(strangerHosts));
        listedOnly = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(listedOnly));
        foreign = List.copyOf(foreign);
        inconsistencies = List.copyOf(inconsistencies);
    }

    public static ExistingResource none(String name) {
        return new ExistingResource(name, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of(), List.of(), OptionalInt.empty());
    }

    public boolean isNew() { return replicas.isEmpty() && strangerHosts.isEmpty() && listedOnly.isEmpty(); }

    public Optional<ExistingReplica> replica(String node) { return Optional.ofNullable(replicas.get(node)); }

    /** Every node-id a definition gives out, to a replica or not: none may be handed out again. */
    public SortedSet<Integer> nodeIdsInUse() {
        TreeSet<Integer> ids = new TreeSet<>(strangerHosts.values());
        ids.addAll(listedOnly.values());
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
