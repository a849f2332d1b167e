package dev.berth.plan.placement;

import dev.berth.observed.ConfiguredConnection;
import dev.berth.observed.ConfiguredDefinition;
import dev.berth.observed.ConfiguredHost;
import dev.berth.observed.ConfiguredVolume;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads one replica out of one host's definition of a resource. A definition lists every host of
 * the resource, so the same function serves a host's own file and a peer's file about a host
 * that could not be asked.
 */
final class ReplicaViews {
    private ReplicaViews() {}

    /**
     * The replica of {@code hostname} as {@code definition} describes it. {@code nodeOfHostname}
     * names peers by their node; a host outside the stack keeps its host name.
     */
    static ExistingReplica replica(String node, ConfiguredDefinition definition, ConfiguredHost host,
                                   Map<String, String> nodeOfHostname, boolean reachable, boolean seenOnHost, boolean adopted) {
        TreeMap<Integer, Integer> minors = new TreeMap<>();
        TreeMap<Integer, String> disks = new TreeMap<>();
        for (ConfiguredVolume volume : host.volumes()) {
            minors.put(volume.number(), volume.minor());
            volume.backingDisk().ifPresent(disk -> disks.put(volume.number(), disk));
        }
        Optional<Integer> port = Optional.empty();
        TreeMap<String, Integer> peerPorts = new TreeMap<>();
        for (ConfiguredConnection connection : definition.connections()) {
            boolean first = connection.firstHost().equals(host.hostname());
            if (!first && !connection.secondHost().equals(host.hostname())) continue;
            int own = first ? connection.firstAddress().port() : connection.secondAddress().port();
            // One port per node and resource is LINSTOR's and Berth's way; the first path's is kept.
            if (port.isEmpty()) port = Optional.of(own);
            String peer = first ? connection.secondHost() : connection.firstHost();
            int peerPort = first ? connection.secondAddress().port() : connection.firstAddress().port();
            peerPorts.put(nodeOfHostname.getOrDefault(peer, peer), peerPort);
        }
        return new ExistingReplica(node, host.hostname(), host.isDiskless(), host.nodeId(), minors, disks, port, peerPorts,
                reachable, seenOnHost, adopted);
    }

    /** What two views of one replica disagree about, for a note; empty when they agree. */
    static Optional<String> disagreement(ExistingReplica kept, ExistingReplica other) {
        if (kept.nodeId() != other.nodeId()) return Optional.of("node-id " + kept.nodeId() + " / " + other.nodeId());
        if (kept.diskless() != other.diskless()) return Optional.of("diskless " + kept.diskless() + " / " + other.diskless());
        if (!kept.minors().equals(other.minors())) return Optional.of("minors " + kept.minors() + " / " + other.minors());
        if (!kept.port().equals(other.port())) return Optional.of("port " + kept.port().orElse(0) + " / " + other.port().orElse(0));
        return Optional.empty();
    }
}
