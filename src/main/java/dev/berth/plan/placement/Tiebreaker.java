package dev.berth.plan.placement;

import dev.berth.desired.Candidates;
import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.ResourceGroup;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The diskless replicas of a group-placed resource. With {@code disklessTiebreaker} and exactly
 * two diskful replicas, one diskless replica on a third node gives quorum its odd vote: a live
 * diskless replica on a node that may hold one is kept (no churn), else the first eligible node
 * by name gets a new one. Every other live diskless replica leaves, except on nodes in
 * maintenance, where nothing changes.
 */
final class Tiebreaker {
    private final DesiredCluster desired;
    private final Eligibility eligibility;
    private final java.util.Map<String, Set<String>> allowedByGroup = new java.util.HashMap<>();

    Tiebreaker(DesiredCluster desired, Eligibility eligibility) {
        this.desired = desired;
        this.eligibility = eligibility;
    }

    void choose(ResourceGroup group, ExistingResource live, TargetBuilder target) {
        boolean wanted = group.placement().disklessTiebreaker() && target.diskful().size() == 2;
        if (!wanted && live.replicas().values().stream().noneMatch(ExistingReplica::diskless)) return;
        // Candidates.diskless: active or in maintenance, and not avoided; the rules validation uses too. Once per group.
        Set<String> allowed = allowedByGroup.computeIfAbsent(group.name(), g -> Candidates.diskless(desired, group).stream().map(Node::name)
                .collect(Collectors.toCollection(TreeSet::new)));
        Optional<ExistingReplica> keep = live.replicas().values().stream()
                .filter(r -> r.diskless() && allowed.contains(r.node()) && !target.holds(r.node())).findFirst();
        if (wanted && keep.isPresent()) target.keep(keep.get());
        if (wanted && keep.isEmpty()) {
            Optional<Node> node = desired.nodes().values().stream()
                    .filter(n -> !target.holds(n.name()) && eligibility.whyNotDiskless(group, live, n, false).isEmpty())
                    .findFirst();
            if (node.isPresent()) {
                target.add(node.get().name(), true, PlacedReplica.Origin.TIEBREAKER);
            } else {
                target.problem(Problem.Kind.NO_TIEBREAKER_NODE, "a diskless tiebreaker is wanted, but no third node may take it");
            }
        }
        for (ExistingReplica replica : live.replicas().values()) {
            if (!replica.diskless() || target.holds(replica.node())) continue;
            Node node = desired.nodes().get(replica.node());
            if (node.state() == NodeState.LOST) {
                target.leave(replica, Removal.Reason.NODE_LOST, "node " + node.name() + " is lost: its peers forget node-id " + replica.nodeId());
            } else if (node.state() == NodeState.EVACUATE) {
                target.leave(replica, Removal.Reason.NODE_EVACUATING, "node " + node.name() + " is being evacuated");
            } else if (node.state() == NodeState.MAINTENANCE) {
                target.keep(replica);
                target.problem(Problem.Kind.DEFERRED_BY_MAINTENANCE, node.name(), "the diskless replica on " + node.name()
                        + " is no longer needed; it is removed once the node is active");
            } else if (!allowed.contains(node.name())) {
                target.leave(replica, Removal.Reason.NODE_NOT_ELIGIBLE, "node " + node.name() + " is in avoidNodes");
            } else {
                target.leave(replica, Removal.Reason.TIEBREAKER_NOT_NEEDED, wanted
                        ? "another diskless replica is the tiebreaker" : "no tiebreaker is wanted with " + target.diskful().size()
                        + " diskful replicas");
            }
        }
    }
}
