package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.ReplicaChoice;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places a resource whose stack entry lists its nodes: the list wins over the group's rules.
 * A listed node keeps its live replica, or gets one (or changes its disk mode) unless its state,
 * a missing pool or another tool's definition forbids it; a live replica on an unlisted node
 * leaves. Nodes in maintenance are left exactly as they are, whatever the list says.
 */
final class ExplicitPlacement {
    private final DesiredCluster desired;
    private final FreeSpace space;
    private final Eligibility eligibility;

    ExplicitPlacement(DesiredCluster desired, FreeSpace space, Eligibility eligibility) {
        this.desired = desired;
        this.space = space;
        this.eligibility = eligibility;
    }

    ResourcePlacement place(Resource resource, ResourceGroup group, StoragePool pool, ExistingResource live) {
        TargetBuilder target = new TargetBuilder(resource.name(), live);
        Set<String> listed = new TreeSet<>();
        for (ReplicaChoice choice : resource.explicitNodes().orElseThrow()) {
            listed.add(choice.node());
            Optional<Node> node = desired.node(choice.node());
            if (node.isEmpty()) {
                target.problem(Problem.Kind.EXPLICIT_NODE_UNUSABLE, choice.node(), "node " + choice.node() + " is not defined");
                continue;
            }
            placeOne(resource, group, pool, live, node.get(), choice.diskless(), target);
        }
        for (ExistingReplica replica : live.replicas().values()) {
            if (listed.contains(replica.node())) {
                if (!target.holds(replica.node())) leaveByState(replica, target, "it is listed, but its node cannot hold it");
                continue;
            }
            leaveByState(replica, target, "not in the resource's nodes");
        }
        return target.build();
    }

    private void placeOne(Resource resource, ResourceGroup group, StoragePool pool, ExistingResource live, Node node,
                          boolean diskless, TargetBuilder target) {
        Optional<ExistingReplica> existing = live.replica(node.name());
        if (node.state() == NodeState.MAINTENANCE) {
            existing.ifPresent(target::keep);
            if (existing.isEmpty() || existing.get().diskless() != diskless) {
                target.problem(Problem.Kind.DEFERRED_BY_MAINTENANCE, node.name(), "node " + node.name()
                        + " is in maintenance: its replica is " + (existing.isEmpty() ? "added" : "changed") + " once it is active");
            }
            return;
        }
        if (existing.isPresent() && existing.get().diskless() == diskless && node.state() == NodeState.ACTIVE) {
            target.keep(existing.get());
            return;
        }
        Optional<String> why = diskless ? eligibility.whyNotDiskless(group, live, node, true)
                : eligibility.whyNotDiskful(resource, group, pool, live, node, true);
        if (why.isPresent()) {
            // A replica that cannot change its disk mode here stays as it is rather than vanish.
            if (existing.isPresent() && node.state() == NodeState.ACTIVE) target.keep(existing.get());
            target.problem(Problem.Kind.EXPLICIT_NODE_UNUSABLE, node.name(), "node " + node.name() + " cannot hold a "
                    + (diskless ? "diskless" : "diskful") + " replica: " + why.get());
            return;
        }
        target.add(node.name(), diskless, PlacedReplica.Origin.EXPLICIT);
        if (diskless) return;
        eligibility.shortOfSpace(resource, group, pool, node.name()).ifPresent(short_ ->
                target.problem(Problem.Kind.NOT_ENOUGH_SPACE, node.name(), "node " + node.name() + ": " + short_));
        space.consume(pool, node.name(), space.needed(resource, group, pool, node.name()));
    }

    private void leaveByState(ExistingReplica replica, TargetBuilder target, String otherwise) {
        Node node = desired.nodes().get(replica.node());
        switch (node.state()) {
            case LOST:
                target.leave(replica, Removal.Reason.NODE_LOST, "node " + node.name() + " is lost: its peers forget node-id " + replica.nodeId());
                break;
            case EVACUATE:
                target.leave(replica, Removal.Reason.NODE_EVACUATING, "node " + node.name() + " is being evacuated");
                break;
            case MAINTENANCE:
                target.keep(replica);
                target.problem(Problem.Kind.DEFERRED_BY_MAINTENANCE, node.name(), "node " + node.name()
                        + " is in maintenance: its replica is removed once it is active");
                break;
            default:
                target.leave(replica, Removal.Reason.NOT_IN_EXPLICIT_NODES, otherwise);
        }
    }
}
