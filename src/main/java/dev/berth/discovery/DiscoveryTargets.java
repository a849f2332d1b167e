package dev.berth.discovery;

import dev.berth.desired.Connection;
import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Device;
import dev.berth.desired.Node;
import dev.berth.desired.StoragePool;
import dev.berth.transport.HostTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Which hosts a stack's discovery talks to, how, and which of their devices it probes. */
public final class DiscoveryTargets {
    private DiscoveryTargets() {}

    public static List<DiscoveryTarget> of(DesiredCluster cluster) {
        List<DiscoveryTarget> targets = new ArrayList<>();
        for (Node node : cluster.nodes().values()) {
            TreeSet<String> devices = new TreeSet<>();
            for (StoragePool pool : cluster.storagePools().values()) {
                for (Device device : pool.devicesOn(node.name())) devices.add(device.path());
            }
            targets.add(new DiscoveryTarget(hostTarget(cluster.connection(), node), node.hostname(), new ArrayList<>(devices)));
        }
        return targets;
    }

    public static HostTarget hostTarget(Connection connection, Node node) {
        return new HostTarget(node.name(), node.address(), connection.user(), connection.port(), connection.identityFile(),
                connection.knownHosts(), connection.acceptNewHostKeys(), connection.sudo(), connection.connectTimeout(),
                connection.commandTimeout());
    }
}
