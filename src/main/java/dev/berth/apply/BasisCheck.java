package dev.berth.apply;

import dev.berth.discovery.Discovery;
import dev.berth.discovery.DiscoveryTarget;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.Projections;
import dev.berth.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Re-discovers the plan's hosts after they are locked and compares their projection with the
 * basis, projected exactly as the planner did (same hosts, same touched resources), so that a plan
 * made on a cluster that has since moved is refused, naming what moved.
 */
final class BasisCheck {
    private BasisCheck() {}

    static ObservedCluster discover(ApplyEnvironment environment, Set<String> nodes, int parallelism) {
        List<DiscoveryTarget> targets = environment.targets().stream().filter(t -> nodes.contains(t.node())).toList();
        return new Discovery(environment.connector(), parallelism).discover(targets);
    }

    /** Every difference between the basis and now, one line each; empty when the plan still holds. */
    static List<String> differences(Plan plan, ObservedCluster observed) {
        SortedMap<String, String> now = Projections.of(observed, plan.basis().hostProjections().keySet(), touchedResources(plan));
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> planned : plan.basis().hostProjections().entrySet()) {
            String current = now.get(planned.getKey());
            if (current == null) differences.add(planned.getKey() + " was not discovered");
            else differences.addAll(ProjectionDifferences.between(planned.getKey(), planned.getValue(), current));
        }
        return differences;
    }

    /** The resources the planner projected: those that have steps (every resource step's address names its resource). */
    static Set<String> touchedResources(Plan plan) {
        Set<String> resources = new TreeSet<>();
        for (Step step : plan.steps()) step.address().resourceName().ifPresent(resources::add);
        return resources;
    }

    /** What a commit point is counted for: the step's resource, or its own address for a pool. */
    static String commitKey(Step step) { return step.address().resourceName().orElse(step.address().toString()); }
}
