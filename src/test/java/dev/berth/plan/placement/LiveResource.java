package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.drbd.Connection;
import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.drbd.VolumeConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A resource as it lives on hosts, written the way Berth writes it: for planting resource files in
 * the lab or building configured views. Hosts are the cluster's nodes, addressed by their
 * replication address; backing disks are LINSTOR-named LVs in {@code vg}.
 */
final class LiveResource {
    private record Member(Node node, int nodeId, int port, boolean diskless) {}

    private final DesiredCluster cluster;
    private final String name;
    private final String volumeGroup;
    private final int[] minors;
    private final List<Member> members = new ArrayList<>();

    private LiveResource(DesiredCluster cluster, String name, String volumeGroup, int... minors) {
        this.cluster = cluster;
        this.name = name;
        this.volumeGroup = volumeGroup;
        this.minors = minors;
    }

    /** A live resource with one minor per volume, in volume order. */
    static LiveResource of(DesiredCluster cluster, String name, String volumeGroup, int... minors) {
        return new LiveResource(cluster, name, volumeGroup, minors);
    }

    LiveResource diskful(String node, int nodeId, int port) { return add(node, nodeId, port, false); }

    LiveResource diskless(String node, int nodeId, int port) { return add(node, nodeId, port, true); }

    private LiveResource add(String node, int nodeId, int port, boolean diskless) {
        members.add(new Member(cluster.nodes().get(node), nodeId, port, diskless));
        return this;
    }

    ResourceConfig config() {
        List<HostConfig> hosts = new ArrayList<>();
        for (Member member : members) {
            List<VolumeConfig> volumes = new ArrayList<>();
            for (int v = 0; v < minors.length; v++) {
                volumes.add(member.diskless() ? VolumeConfig.diskless(v, minors[v])
                        : VolumeConfig.diskful(v, minors[v], "/dev/" + volumeGroup + "/" + BackingVolumes.name(name, v)));
            }
            hosts.add(new HostConfig(member.node().hostname(), member.nodeId(), volumes));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Member a = members.get(i), b = members.get(j);
                if (a.diskless() && b.diskless()) continue;
                connections.add(new Connection(endpoint(a), endpoint(b)));
            }
        }
        return new ResourceConfig(name, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Optional.empty(), hosts, connections);
    }

    /** The file Berth would write, header included. */
    String berthFile() { return ResourceFileWriter.writeRedacted(config()); }

    /** The same resource as a hand-written file: no Berth header. */
    String handWrittenFile() { return berthFile().replace(ResourceFileWriter.HEADER, "# written by hand"); }

    private static Endpoint endpoint(Member member) {
        return Endpoint.ipv4(member.node().hostname(), member.node().replicationAddress(), member.port());
    }
}
