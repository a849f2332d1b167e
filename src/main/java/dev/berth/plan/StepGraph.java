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
        // ints, not id-keyed maps: 150,000 steps. Each draft's rank in (phase, address, id) order is
        // computed once, so the ready queue compares ints; the order is the same as comparing drafts.
        List<Draft> all = new ArrayList<>(drafts.values());
        int n = all.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) index.put(all.get(i).id, i);
        Integer[] byOrder = new Integer[n];
        for (int i = 0; i < n; i++) byOrder[i] = i;
        Comparator<Draft> order = Comparator.comparingInt(Draft::phase).thenComparing(Draft::address).thenComparing(Draft::id);
        java.util.Arrays.sort(byOrder, (a, b) -> order.compare(all.get(a), all.get(b)));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) rank[byOrder[r]] = r;
        int[] waiting = new int[n];
        int[] dependentCount = new int[n];
        for (int i = 0; i < n; i++) {
            Draft d = all.get(i);
            waiting[i] = d.dependsOn.size();
            for (String dependency : d.dependsOn) dependentCount[index.get(dependency)]++;
        }
        int[][] dependents = new int[n][];
        for (int i = 0; i < n; i++) dependents[i] = new int[dependentCount[i]];
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            for (String dependency : all.get(i).dependsOn) {
                int from = index.get(dependency);
                dependents[from][filled[from]++] = i;
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(Math.max(1, n), (a, b) -> Integer.compare(rank[a], rank[b]));
        for (int i = 0; i < n; i++) if (waiting[i] == 0) ready.add(i);
        List<Step> steps = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            Draft d = all.get(i);
            Operation op = d.operation;
            steps.add(new Step(d.id, op.address(), op.node(), op.summary(), op, op.commands(), op.undo(), d.predicted, op.risk(),
                    d.waits, d.dependsOn, d.reason, d.blockedBecause));
            for (int next : dependents[i]) {
                if (--waiting[next] == 0) ready.add(next);
            }
        }
        if (steps.size() != n) throw new IllegalStateException("the step graph has a cycle");
        return steps;
    }
}
