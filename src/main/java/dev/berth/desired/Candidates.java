package dev.berth.desired;

import java.util.List;
import java.util.stream.Collectors;

/** Which nodes may hold what: shared by validation and placement so that both agree. */
public final class Candidates {
    private Candidates() {}

    /** Nodes that may hold a diskful replica of the group: they have its pool, hold data, and are not leaving. */
    public static List<Node> diskful(DesiredCluster cluster, ResourceGroup group) {
        StoragePool pool = cluster.pool(group.pool()).orElse(null);
        if (pool == null) return List.of();
        Placement placement = group.placement();
        return cluster.nodes().values().stream()
                .filter(n -> pool.isOn(n.name()) && !n.diskless() && canHoldReplicas(n))
                .filter(n -> !placement.avoidNodes().contains(n.name()))
                .filter(n -> placement.requireNodes().isEmpty() || placement.requireNodes().contains(n.name()))
                .collect(Collectors.toList());
    }

    /** Nodes that may hold a diskless replica (a tiebreaker or a client). */
    public static List<Node> diskless(DesiredCluster cluster, ResourceGroup group) {
        return cluster.nodes().values().stream().filter(Candidates::canHoldReplicas)
                .filter(n -> !group.placement().avoidNodes().contains(n.name())).collect(Collectors.toList());
    }

    /** Maintenance nodes keep what they have and count; evacuating and lost ones do not. */
    public static boolean canHoldReplicas(Node node) {
        return node.state() == NodeState.ACTIVE || node.state() == NodeState.MAINTENANCE;
    }

    /** Quorum is on when the effective {@code quorum} option is anything but {@code off}. */
    public static boolean quorumEnabled(DrbdSettings drbd) {
        String quorum = drbd.options().getOrDefault("quorum", "off");
        return !quorum.equals("off");
    }
}
