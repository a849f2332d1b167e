package dev.berth.plan;

import java.util.List;
import java.util.Optional;

/**
 * Where a resource's replicas are and will be: the replicas that exist now (with their node-ids),
 * the target set, and the replicas that go. Placement fills this in; the step builder reads it.
 */
public record ReplicaSet(String resource, List<Replica> current, List<Replica> target, List<Removal> removals) {
    public record Replica(String node, boolean diskless) {}

    /** A replica that goes, and why (not in explicit nodes, over the count, node evacuating or lost). */
    public record Removal(String node, boolean diskless, String why, boolean hostGone) {}

    public ReplicaSet {
        current = List.copyOf(current);
        target = List.copyOf(target);
        removals = List.copyOf(removals);
    }

    public Optional<Replica> currentOn(String node) { return current.stream().filter(r -> r.node().equals(node)).findFirst(); }

    public boolean isNew() { return current.isEmpty(); }

    /** Current replicas plus the added ones: the set in place while new replicas sync. */
    public List<Replica> intermediate() {
        List<Replica> all = new java.util.ArrayList<>(current);
        for (Replica r : target) if (currentOn(r.node()).isEmpty()) all.add(r);
        return all.stream().sorted(java.util.Comparator.comparing(Replica::node)).toList();
    }

    public List<Replica> added() { return target.stream().filter(r -> currentOn(r.node()).isEmpty()).toList(); }
}
