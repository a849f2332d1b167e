package dev.berth.drbd;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cross-record rules of a {@link ResourceConfig}, kept apart so the record stays readable. */
final class ResourceInvariants {
    private ResourceInvariants() {}

    static void check(String resource, List<HostConfig> hosts, List<Connection> connections) {
        var hostnames = new HashSet<String>();
        var nodeIds = new HashSet<Integer>();
        for (HostConfig host : hosts) {
            if (!hostnames.add(host.hostname())) throw new IllegalArgumentException(resource + ": host " + host.hostname() + " twice");
            if (!nodeIds.add(host.nodeId())) throw new IllegalArgumentException(resource + ": node-id " + host.nodeId() + " twice");
        }
        checkVolumes(resource, hosts);
        checkMesh(resource, hosts, connections);
    }

    /** A volume is one definition on every host: same numbers, same minor. */
    private static void checkVolumes(String resource, List<HostConfig> hosts) {
        Map<Integer, Integer> minorByVolume = new HashMap<>();
        for (VolumeConfig volume : hosts.get(0).volumes()) minorByVolume.put(volume.number(), volume.minor());
        var minors = new HashSet<>(minorByVolume.values());
        if (minors.size() != minorByVolume.size()) throw new IllegalArgumentException(resource + ": two volumes share a minor");
        for (HostConfig host : hosts) {
            var seen = new HashMap<Integer, Integer>();
            host.volumes().forEach(v -> seen.put(v.number(), v.minor()));
            if (!seen.equals(minorByVolume)) {
                throw new IllegalArgumentException(resource + ": host " + host.hostname()
                        + " has volumes/minors " + seen + " but the resource has " + minorByVolume);
            }
        }
    }

    /** Exactly one connection per pair of hosts unless both are diskless (they share no data). */
    private static void checkMesh(String resource, List<HostConfig> hosts, List<Connection> connections) {
        Map<String, HostConfig> byName = new HashMap<>();
        hosts.forEach(h -> byName.put(h.hostname(), h));
        Set<String> pairs = new HashSet<>();
        for (Connection connection : connections) {
            HostConfig first = byName.get(connection.first().hostname());
            HostConfig second = byName.get(connection.second().hostname());
            if (first == null || second == null) {
                throw new IllegalArgumentException(resource + ": connection " + connection.pairKey() + " names an unknown host");
            }
            if (first.isDiskless() && second.isDiskless()) {
                throw new IllegalArgumentException(resource + ": connection between two diskless hosts " + connection.pairKey());
            }
            if (!pairs.add(connection.pairKey())) throw new IllegalArgumentException(resource + ": connection " + connection.pairKey() + " twice");
        }
        for (int i = 0; i < hosts.size(); i++) {
            for (int j = i + 1; j < hosts.size(); j++) {
                HostConfig a = hosts.get(i);
                HostConfig b = hosts.get(j);
                boolean wanted = !(a.isDiskless() && b.isDiskless());
                if (wanted && !pairs.contains(a.hostname() + "|" + b.hostname())) {
                    throw new IllegalArgumentException(resource + ": no connection between " + a.hostname() + " and " + b.hostname());
                }
            }
        }
    }
}
