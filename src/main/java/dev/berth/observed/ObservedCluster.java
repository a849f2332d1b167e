package dev.berth.observed;

import java.util.List;
import java.util.SortedMap;

/** Every node of a stack as discovery found it, by node name. */
public record ObservedCluster(SortedMap<String, ObservedHost> hosts) {
    public ObservedCluster {
        hosts = Copies.sortedMap(hosts);
        hosts.forEach((node, host) -> {
            if (!node.equals(host.node())) throw new IllegalArgumentException("host " + host.node() + " filed under " + node);
        });
    }

    public List<ReachableHost> reachable() {
        return hosts.values().stream().flatMap(h -> h.reachable().stream()).toList();
    }

    public List<UnreachableHost> unreachable() {
        return hosts.values().stream().filter(h -> !h.isReachable()).map(UnreachableHost.class::cast).toList();
    }
}
