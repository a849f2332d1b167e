package dev.berth.plan.placement;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The target replica set of one resource, the live replicas that leave it, the ones that change
 * disk mode, and what could not be done. {@code existing} travels along so that allocation and
 * the planner read one picture of what is live.
 */
public record ResourcePlacement(String resource, List<PlacedReplica> replicas, List<Removal> removals,
                                List<Transition> transitions, List<Problem> problems, ExistingResource existing) {
    public ResourcePlacement {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(existing, "existing");
        replicas = replicas.stream().sorted(Comparator.comparing(PlacedReplica::node)).toList();
        removals = removals.stream().sorted(Comparator.comparing(Removal::node)).toList();
        transitions = transitions.stream().sorted(Comparator.comparing(Transition::node)).toList();
        problems = List.copyOf(problems);
        if (replicas.stream().map(PlacedReplica::node).distinct().count() != replicas.size()) {
            throw new IllegalArgumentException(resource + ": two target replicas on one node " + replicas);
        }
    }

    public Optional<PlacedReplica> replica(String node) {
        return replicas.stream().filter(r -> r.node().equals(node)).findFirst();
    }

    public List<PlacedReplica> diskful() { return replicas.stream().filter(r -> !r.diskless()).toList(); }

    public List<PlacedReplica> diskless() { return replicas.stream().filter(PlacedReplica::diskless).toList(); }
}
