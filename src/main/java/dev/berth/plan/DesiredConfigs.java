package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.DrbdSettings;
import dev.berth.desired.Node;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.drbd.Connection;
import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.SecretReference;
import dev.berth.drbd.VolumeConfig;
import dev.berth.ops.BackingTarget;

import java.util.ArrayList;
import java.util.List;

/** The DRBD configuration a set of replicas should run, in the drbd model's terms. */
final class DesiredConfigs {
    private DesiredConfigs() {}

    static ResourceConfig build(DesiredCluster cluster, Resource resource, List<ReplicaSet.Replica> replicas, Allocation allocation,
                                BackingTarget target) {
        ResourceGroup group = cluster.group(resource.group()).orElseThrow();
        DrbdSettings drbd = resource.effectiveDrbd(group);
        List<HostConfig> hosts = new ArrayList<>();
        for (ReplicaSet.Replica replica : replicas) {
            Node node = cluster.nodes().get(replica.node());
            List<VolumeConfig> volumes = new ArrayList<>();
            for (int v = 0; v < resource.volumes().size(); v++) {
                int minor = allocation.minors().get(v);
                volumes.add(replica.diskless() ? VolumeConfig.diskless(v, minor)
                        : VolumeConfig.diskful(v, minor, target.devicePath(dev.berth.plan.placement.BackingVolumes.name(resource.name(), v))));
            }
            hosts.add(new HostConfig(node.hostname(), allocation.nodeIds().get(replica.node()), volumes));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            for (int j = i + 1; j < replicas.size(); j++) {
                if (replicas.get(i).diskless() && replicas.get(j).diskless()) continue;
                connections.add(new Connection(endpoint(cluster, replicas.get(i).node(), allocation),
                        endpoint(cluster, replicas.get(j).node(), allocation)));
            }
        }
        return new ResourceConfig(resource.name(), drbd.options(), drbd.net(), drbd.disk(),
                drbd.sharedSecret().map(s -> new SecretReference(s.describe())), hosts, connections);
    }

    private static Endpoint endpoint(DesiredCluster cluster, String nodeName, Allocation allocation) {
        Node node = cluster.nodes().get(nodeName);
        int port = allocation.ports().get(nodeName);
        String address = node.replicationAddress();
        return address.contains(":") ? Endpoint.ipv6(node.hostname(), address, port) : Endpoint.ipv4(node.hostname(), address, port);
    }
}
