package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.NodeState;
import dev.berth.plan.placement.ExistingReplica;
import dev.berth.plan.placement.PlacedReplica;
import dev.berth.plan.placement.Removal;
import dev.berth.plan.placement.ReplicaAllocation;
import dev.berth.plan.placement.ResourceAllocation;
import dev.berth.plan.placement.ResourcePlacement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Placement's and allocation's answers in the terms the step builders use. */
final class ReplicaSets {
    private ReplicaSets() {}

    static ReplicaSet of(DesiredCluster cluster, ResourcePlacement placement) {
        List<ReplicaSet.Replica> current = new ArrayList<>();
        for (ExistingReplica replica : placement.existing().replicas().values()) {
            current.add(new ReplicaSet.Replica(replica.node(), replica.diskless()));
        }
        List<ReplicaSet.Replica> target = new ArrayList<>();
        for (PlacedReplica replica : placement.replicas()) target.add(new ReplicaSet.Replica(replica.node(), replica.diskless()));
        List<ReplicaSet.Removal> removals = new ArrayList<>();
        for (Removal removal : placement.removals()) {
            boolean gone = removal.reason() == Removal.Reason.NODE_LOST
                    || (cluster.nodes().containsKey(removal.node()) && cluster.nodes().get(removal.node()).state() == NodeState.LOST);
            removals.add(new ReplicaSet.Removal(removal.node(), removal.diskless(), removal.why(), gone));
        }
        return new ReplicaSet(placement.resource(), current, target, removals);
    }

    /** The plan's record of a resource's numbers: node-id and port per target replica, minor per volume. */
    static Allocation allocation(ResourceAllocation allocation, ResourcePlacement placement) {
        TreeMap<String, Integer> nodeIds = new TreeMap<>();
        TreeMap<String, Integer> ports = new TreeMap<>();
        for (ReplicaAllocation replica : allocation.replicas()) {
            nodeIds.put(replica.node(), replica.nodeId());
            ports.put(replica.node(), replica.port());
        }
        // replicas that leave keep their numbers while the new ones sync beside them
        for (ExistingReplica replica : placement.existing().replicas().values()) {
            nodeIds.putIfAbsent(replica.node(), replica.nodeId());
            replica.port().ifPresent(port -> ports.putIfAbsent(replica.node(), port));
        }
        return new Allocation(allocation.resource(), nodeIds, ports, new ArrayList<>(allocation.minors().values()), allocation.peerSlots());
    }
}
