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

    public Optional<Replica> currentOn(String node) { return on(current, node); }

    /** A loop, not a stream: asked a few times per replica of each of 10,000 resources. */
    private static Optional<Replica> on(List<Replica> replicas, String node) {
        for (Replica replica : replicas) if (replica.node().equals(node)) return Optional.of(replica);
        return Optional.empty();
    }

    public boolean isNew() { return current.isEmpty(); }

    /**
     * The set in place while new replicas sync: current replicas (a diskful one turning diskless
     * keeps its disk until the end; a diskless one turning diskful gets it now) plus the added ones.
     */
    public List<Replica> intermediate() {
        List<Replica> all = new java.util.ArrayList<>();
        for (Replica r : current) {
            if (isGone(r.node())) continue; // a lost host is forgotten at once: the new replicas never hear of it
            all.add(gainsDisk(r.node()) ? new Replica(r.node(), false) : r);
        }
        for (Replica r : target) if (currentOn(r.node()).isEmpty()) all.add(r);
        return all.stream().sorted(java.util.Comparator.comparing(Replica::node)).toList();
    }

    /** A replica on a lost host: nothing runs there, the survivors only forget it. */
    public boolean isGone(String node) {
        for (Removal removal : removals) if (removal.hostGone() && removal.node().equals(node)) return true;
        return false;
    }

    public Optional<Replica> targetOn(String node) { return on(target, node); }

    /** A diskless replica that becomes diskful: backing volume, metadata, attach, full sync. */
    public boolean gainsDisk(String node) {
        return currentOn(node).filter(Replica::diskless).isPresent() && targetOn(node).filter(r -> !r.diskless()).isPresent();
    }

    /** A diskful replica that becomes diskless: detached at the end, its backing volume removed. */
    public boolean losesDisk(String node) {
        return currentOn(node).filter(r -> !r.diskless()).isPresent() && targetOn(node).filter(Replica::diskless).isPresent();
    }

    public List<Replica> gainingDisk() { return current.stream().filter(r -> gainsDisk(r.node())).toList(); }

    public List<Replica> losingDisk() { return current.stream().filter(r -> losesDisk(r.node())).toList(); }

    public List<Replica> added() { return target.stream().filter(r -> currentOn(r.node()).isEmpty()).toList(); }

    /** Anything that needs the new replicas synced first: added replicas or disks. */
    public boolean grows() { return !added().isEmpty() || !gainingDisk().isEmpty(); }

    /** Anything that drops at the end: removed replicas or disks. */
    public boolean shrinks() { return !removals.isEmpty() || !losingDisk().isEmpty(); }
}
