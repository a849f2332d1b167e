package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places a resource without explicit nodes by its group's rules. Sticky first: every live diskful
 * replica stays unless its node is lost, being evacuated or no longer meets the group's rules,
 * or there are more than the group asks for. Then {@link DiskfulFill} tops up to the replica
 * count and {@link Tiebreaker} adds the diskless third vote. Nodes in maintenance keep what they
 * have and get nothing new.
 */
final class GroupPlacement {
    private final DesiredCluster desired;
    private final DiskfulFill fill;
    private final Tiebreaker tiebreaker;

    GroupPlacement(DesiredCluster desired, FreeSpace space, Eligibility eligibility) {
        this.desired = desired;
        this.fill = new DiskfulFill(desired, space, eligibility);
        this.tiebreaker = new Tiebreaker(desired, eligibility);
    }

    ResourcePlacement place(Resource resource, ResourceGroup group, StoragePool pool, ExistingResource live) {
        TargetBuilder target = new TargetBuilder(resource.name(), live);
        List<ExistingReplica> staying = new ArrayList<>();
        for (ExistingReplica replica : live.replicas().values()) {
            if (replica.diskless()) continue;
            Node node = desired.nodes().get(replica.node());
            Optional<String> notEligible = notEligible(node, group, pool);
            if (node.state() == NodeState.LOST) {
                target.leave(replica, Removal.Reason.NODE_LOST, "node " + node.name() + " is lost: its peers forget node-id "
                        + replica.nodeId() + " and the replica is placed anew");
            } else if (node.state() == NodeState.EVACUATE) {
                target.leave(replica, Removal.Reason.NODE_EVACUATING, "node " + node.name() + " is being evacuated: removed once its replacement is UpToDate");
            } else if (notEligible.isPresent() && node.state() == NodeState.ACTIVE) {
                target.leave(replica, Removal.Reason.NODE_NOT_ELIGIBLE, "node " + node.name() + " " + notEligible.get()
                        + ": removed once its replacement is UpToDate");
            } else {
                staying.add(replica);
            }
        }
        List<ExistingReplica> kept = keepAtMost(group, staying, target);
        kept.forEach(target::keep);
        fill.fill(resource, group, pool, live, target);
        tiebreaker.choose(group, live, target);
        return target.build();
    }

    /** Why a node can no longer hold a diskful replica of the group; only active nodes move. */
    private static Optional<String> notEligible(Node node, ResourceGroup group, StoragePool pool) {
        if (node.diskless()) return Optional.of("is now diskless");
        if (!pool.isOn(node.name())) return Optional.of("no longer has pool " + pool.name());
        if (group.placement().avoidNodes().contains(node.name())) return Optional.of("is in avoidNodes");
        if (!group.placement().requireNodes().isEmpty() && !group.placement().requireNodes().contains(node.name())) {
            return Optional.of("is not in requireNodes");
        }
        return Optional.empty();
    }

    /**
     * With more live diskful replicas than wanted, the ones to keep: those on nodes in maintenance
     * (they cannot change), then greedily the one that adds a new value of the spread label, on a
     * reachable host, by node name; the rest leave.
     */
    private List<ExistingReplica> keepAtMost(ResourceGroup group, List<ExistingReplica> staying, TargetBuilder target) {
        List<ExistingReplica> kept = new ArrayList<>();
        List<ExistingReplica> rest = new ArrayList<>();
        for (ExistingReplica replica : staying) {
            (desired.nodes().get(replica.node()).state() == NodeState.MAINTENANCE ? kept : rest).add(replica);
        }
        Optional<String> spread = group.placement().spreadAcross();
        while (kept.size() < group.replicas() && !rest.isEmpty()) {
            ExistingReplica best = rest.get(0);
            for (ExistingReplica candidate : rest) {
                if (score(candidate, kept, spread) > score(best, kept, spread)) best = candidate;
            }
            kept.add(best);
            rest.remove(best);
        }
        for (ExistingReplica extra : rest) {
            target.leave(extra, Removal.Reason.OVER_REPLICA_COUNT, group.replicas() + " diskful replicas wanted, "
                    + staying.size() + " live");
        }
        if (kept.size() > group.replicas()) {
            target.problem(Problem.Kind.DEFERRED_BY_MAINTENANCE, kept.size() + " diskful replicas are kept for nodes in "
                    + "maintenance, " + group.replicas() + " wanted: the extra ones are removed once their nodes are active");
        }
        return kept;
    }

    private int score(ExistingReplica replica, List<ExistingReplica> kept, Optional<String> spread) {
        int score = replica.hostReachable() ? 1 : 0;
        if (spread.isPresent()) {
            String value = desired.nodes().get(replica.node()).labels().get(spread.get());
            boolean fresh = value != null && kept.stream().noneMatch(k -> value.equals(desired.nodes().get(k.node()).labels().get(spread.get())));
            if (fresh) score += 2;
        }
        return score;
    }
}
