package dev.berth.plan.placement;

import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One replica of a stack resource that is live on a node, as its definition says: diskful or
 * diskless, its node-id, the minor and backing disk of each volume, the port its own side of the
 * paths uses and the ports its peers use (by node name; hosts outside the stack by host name).
 * {@code seenOnHost} is false when the host could not be asked (unreachable, or its DRBD
 * configuration unreadable) and a peer's file told us instead: such a replica still exists and
 * still holds its node-id, minors and port. {@code adopted} marks a hand-written resource taken
 * over under {@code ownership.adopt}.
 */
public record ExistingReplica(String node, String hostname, boolean diskless, int nodeId,
                              SortedMap<Integer, Integer> minors, SortedMap<Integer, String> backingDisks,
                              Optional<Integer> port, SortedMap<String, Integer> peerPorts,
                              boolean hostReachable, boolean seenOnHost, boolean adopted) {
    public ExistingReplica {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(port, "port");
        minors = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(minors));
        backingDisks = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(backingDisks));
        peerPorts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(peerPorts));
    }

    public boolean diskful() { return !diskless; }
}
