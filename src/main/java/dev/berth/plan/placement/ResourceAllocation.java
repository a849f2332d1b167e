package dev.berth.plan.placement;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The numbers of one resource: per target replica its node-id and port, per volume its minor (the
 * same on every host), and the peer slots new metadata gets ({@code create-md --max-peers}). A
 * replica that could not get both a node-id and a port is missing here, and a problem says why.
 */
public record ResourceAllocation(String resource, List<ReplicaAllocation> replicas, SortedMap<Integer, Integer> minors,
                                 int peerSlots, List<Problem> problems) {
    public ResourceAllocation {
        Objects.requireNonNull(resource, "resource");
        replicas = replicas.stream().sorted(Comparator.comparing(ReplicaAllocation::node)).toList();
        minors = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(minors));
        problems = List.copyOf(problems);
    }

    public Optional<ReplicaAllocation> replica(String node) {
        return replicas.stream().filter(r -> r.node().equals(node)).findFirst();
    }
}
