package dev.berth.plan;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A resource's DRBD numbers: node-id and port per node, one minor per volume, peer slots of new metadata. */
public record Allocation(String resource, SortedMap<String, Integer> nodeIds, SortedMap<String, Integer> ports, List<Integer> minors,
                         int peerSlots) {
    public Allocation {
        nodeIds = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(nodeIds));
        ports = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(ports));
        minors = List.copyOf(minors);
    }
}
