package dev.berth.desired;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A host. {@code hostname} is what DRBD matches against a resource file's {@code on} sections;
 * {@code replicationAddress} is the IP that DRBD connections use.
 */
public record Node(String name, String address, String hostname, String replicationAddress,
                   SortedMap<String, String> labels, NodeState state, boolean diskless, PortRange ports) {
    public Node {
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }
}
