package dev.berth.plan.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects one resource's target replicas and the reason each live replica would leave, then
 * settles the two: a live replica whose node is in the target stays (changing disk mode is a
 * transition, not a removal), every other one is removed with its recorded reason.
 */
final class TargetBuilder {
    private final String resource;
    private final ExistingResource live;
    private final TreeMap<String, PlacedReplica> target = new TreeMap<>();
    private final TreeMap<String, Removal> leaving = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    TargetBuilder(String resource, ExistingResource live) {
        this.resource = resource;
        this.live = live;
    }

    void add(String node, boolean diskless, PlacedReplica.Origin origin) {
        target.put(node, new PlacedReplica(node, diskless, origin));
    }

    /** Keeps a live replica as it is. */
    void keep(ExistingReplica replica) { add(replica.node(), replica.diskless(), PlacedReplica.Origin.EXISTING); }

    void leave(ExistingReplica replica, Removal.Reason reason, String why) {
        leaving.put(replica.node(), new Removal(replica.node(), replica.diskless(), reason, why));
    }

    void problem(Problem.Kind kind, String node, String message) { problems.add(Problem.on(kind, resource, node, message)); }

    void problem(Problem.Kind kind, String message) { problems.add(Problem.of(kind, resource, message)); }

    boolean holds(String node) { return target.containsKey(node); }

    List<PlacedReplica> diskful() { return target.values().stream().filter(r -> !r.diskless()).toList(); }

    ResourcePlacement build() {
        List<Transition> transitions = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (Map.Entry<String, ExistingReplica> entry : live.replicas().entrySet()) {
            PlacedReplica placed = target.get(entry.getKey());
            ExistingReplica replica = entry.getValue();
            if (placed == null) {
                Removal removal = leaving.get(entry.getKey());
                if (removal == null) throw new IllegalStateException(resource + ": no decision for the replica on " + entry.getKey());
                removals.add(removal);
            } else if (placed.diskless() != replica.diskless()) {
                transitions.add(new Transition(entry.getKey(),
                        placed.diskless() ? Transition.Direction.TO_DISKLESS : Transition.Direction.TO_DISKFUL));
            }
        }
        live.strangerHosts().forEach((host, nodeId) -> problems.add(Problem.on(Problem.Kind.UNKNOWN_HOST, resource, host,
                "a replica lives on host " + host + ", which the stack does not name; its node-id " + nodeId + " stays reserved")));
        return new ResourcePlacement(resource, List.copyOf(target.values()), removals, transitions, problems, live);
    }
}
