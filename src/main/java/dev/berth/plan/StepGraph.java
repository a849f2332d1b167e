package dev.berth.plan;

import dev.berth.ops.Operation;
import dev.berth.ops.WaitCondition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Collects steps with their dependencies and orders them: a topological order where, among the
 * steps that are ready, the earlier phase goes first (pools, volumes, files, metadata, up, sync,
 * grow, resize, reconfigure, forget, down, removals), then the address, then the id — one total
 * order, so the same input always gives the same plan.
 */
final class StepGraph {
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    private record Draft(String id, Operation operation, List<String> dependsOn, List<WaitCondition> waits, List<String> predicted,
                         String reason, Optional<String> blockedBecause, int phase, dev.berth.model.Address address) {}

    /** Adds a step and returns its id: {@code <address>:<operation>}, numbered when one address repeats an operation. */
    String add(Operation operation, List<String> dependsOn, List<WaitCondition> waits, List<String> predicted, String reason) {
        String base = operation.address() + ":" + OperationKinds.of(operation);
        String id = base;
        for (int n = 2; drafts.containsKey(id); n++) id = base + "-" + n;
        for (String dependency : dependsOn) {
            if (!drafts.containsKey(dependency)) throw new IllegalStateException(id + " depends on unknown step " + dependency);
        }
        drafts.put(id, new Draft(id, operation, List.copyOf(dependsOn), List.copyOf(waits), List.copyOf(predicted), reason, Optional.empty(),
                OperationKinds.phase(operation), operation.address()));
        return id;
    }

    void block(String id, String why) {
        Draft d = drafts.get(id);
        drafts.put(id, new Draft(d.id, d.operation, d.dependsOn, d.waits, d.predicted, d.reason, Optional.of(why), d.phase, d.address));
    }

    List<String> ids() { return List.copyOf(drafts.keySet()); }

    Operation operation(String id) { return drafts.get(id).operation; }

    List<Step> ordered() {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (Draft d : drafts.values()) {
            waiting.put(d.id, d.dependsOn.size());
            for (String dependency : d.dependsOn) dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(d.id);
        }
        Comparator<Draft> order = Comparator.comparingInt(Draft::phase).thenComparing(Draft::address).thenComparing(Draft::id);
        PriorityQueue<Draft> ready = new PriorityQueue<>(order);
        drafts.values().stream().filter(d -> d.dependsOn.isEmpty()).forEach(ready::add);
        List<Step> steps = new ArrayList<>();
        while (!ready.isEmpty()) {
            Draft d = ready.poll();
            Operation op = d.operation;
            steps.add(new Step(d.id, op.address(), op.node(), op.summary(), op, op.commands(), op.undo(), d.predicted, op.risk(),
                    d.waits, d.dependsOn, d.reason, d.blockedBecause));
            for (String next : dependents.getOrDefault(d.id, List.of())) {
                if (waiting.merge(next, -1, Integer::sum) == 0) ready.add(drafts.get(next));
            }
        }
        if (steps.size() != drafts.size()) throw new IllegalStateException("the step graph has a cycle");
        return steps;
    }
}
