package dev.berth.plan;

import dev.berth.ops.Operation;
import dev.berth.ops.WaitCondition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects steps with their dependencies and orders them: a topological order where, among the
 * steps that are ready, the earlier phase goes first (pools, volumes, files, metadata, up, sync,
 * grow, resize, reconfigure, forget, down, removals), then the address, then the id — one total
 * order, so the same input always gives the same plan.
 */
final class StepGraph {
    private Map<String, Draft> drafts = new LinkedHashMap<>();
    /** Steps a child graph may depend on but never changes (it is read from several threads at once). */
    private final StepGraph parent;

    StepGraph() { this(null); }

    private StepGraph(StepGraph parent) { this.parent = parent; }

    /**
     * A graph for one resource's steps, built on its own thread: it may depend on this graph's
     * steps (pools), which must not change until the child is {@link #absorb absorbed}.
     */
    StepGraph child() { return new StepGraph(this); }

    /** Takes over children's steps, in their order: the map is sized once for all of them, not grown 150,000 steps at a time. */
    void absorbAll(List<StepGraph> children) {
        int size = drafts.size();
        for (StepGraph child : children) size += child.drafts.size();
        Map<String, Draft> all = new LinkedHashMap<>(size * 4 / 3 + 1);
        all.putAll(drafts);
        drafts = all;
        children.forEach(this::absorb);
    }

    /** Takes over a child's steps, after this graph's own, in the order the child added them. */
    private void absorb(StepGraph child) {
        if (child.parent != this) throw new IllegalArgumentException("not a child of this graph");
        int offset = drafts.size();
        for (Draft d : child.drafts.values()) {
            int[] dependencies = new int[d.dependencies.length];
            // a child's own steps by its index (from 0), this graph's as -(index + 1)
            for (int i = 0; i < dependencies.length; i++) dependencies[i] = d.dependencies[i] >= 0 ? d.dependencies[i] + offset : -d.dependencies[i] - 1;
            if (drafts.putIfAbsent(d.id, new Draft(offset + d.index, d.id, d.operation, d.dependsOn, dependencies, d.waits, d.predicted,
                    d.reason, d.blockedBecause, d.phase, d.address)) != null) {
                throw new IllegalStateException("two resources planned the same step " + d.id);
            }
        }
    }

    private record Draft(int index, String id, Operation operation, List<String> dependsOn, int[] dependencies, List<WaitCondition> waits,
                         java.util.function.Supplier<List<String>> predicted, String reason, Optional<String> blockedBecause, int phase, dev.berth.model.Address address) {}

    /** Adds a step and returns its id: {@code <address>:<operation>}, numbered when one address repeats an operation. */
    String add(Operation operation, List<String> dependsOn, List<WaitCondition> waits, List<String> predicted, String reason) {
        List<String> copy = List.copyOf(predicted);
        return add(operation, dependsOn, waits, () -> copy, reason);
    }

    /**
     * The same, with the drbdsetup/drbdmeta prediction computed later, when the steps are ordered:
     * expanding drbdadm is a pure function of its inputs, and there it runs on every core.
     */
    String add(Operation operation, List<String> dependsOn, List<WaitCondition> waits, java.util.function.Supplier<List<String>> predicted,
               String reason) {
        String base = operation.address() + ":" + OperationKinds.of(operation);
        String id = base;
        for (int n = 2; drafts.containsKey(id) || parent != null && parent.drafts.containsKey(id); n++) id = base + "-" + n;
        int[] dependencies = new int[dependsOn.size()];
        for (int i = 0; i < dependencies.length; i++) {
            Draft dependency = drafts.get(dependsOn.get(i));
            Draft inherited = dependency == null && parent != null ? parent.drafts.get(dependsOn.get(i)) : null;
            if (dependency == null && inherited == null) throw new IllegalStateException(id + " depends on unknown step " + dependsOn.get(i));
            dependencies[i] = dependency != null ? dependency.index : -inherited.index - 1;
        }
        drafts.put(id, new Draft(drafts.size(), id, operation, List.copyOf(dependsOn), dependencies, List.copyOf(waits), predicted,
                reason, Optional.empty(), OperationKinds.phase(operation), operation.address()));
        return id;
    }

    void block(String id, String why) {
        Draft d = drafts.get(id);
        drafts.put(id, new Draft(d.index, d.id, d.operation, d.dependsOn, d.dependencies, d.waits, d.predicted, d.reason, Optional.of(why), d.phase, d.address));
    }

    List<String> ids() { return List.copyOf(drafts.keySet()); }

    Operation operation(String id) { return drafts.get(id).operation; }

    /** The hosts the steps run on. */
    java.util.Set<String> hosts() {
        java.util.Set<String> hosts = new java.util.HashSet<>();
        for (Draft draft : drafts.values()) hosts.add(draft.operation.node());
        return hosts;
    }

    List<Step> ordered() {
        // ints, not id-keyed maps: 150,000 steps. Each draft knows its index and its dependencies'
        // indexes; its rank in (phase, address, id) order is computed once, so the ready heap holds
        // ranks; the order is the same as comparing drafts.
        List<Draft> all = new ArrayList<>(drafts.values());
        int n = all.size();
        Integer[] byOrder = new Integer[n];
        for (int i = 0; i < n; i++) byOrder[i] = i;
        Comparator<Draft> order = Comparator.comparingInt(Draft::phase).thenComparing(Draft::address).thenComparing(Draft::id);
        java.util.Arrays.parallelSort(byOrder, (a, b) -> order.compare(all.get(a), all.get(b)));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) rank[byOrder[r]] = r;
        int[] waiting = new int[n];
        int[] dependentCount = new int[n];
        for (Draft d : all) {
            waiting[d.index] = d.dependencies.length;
            for (int dependency : d.dependencies) dependentCount[dependency]++;
        }
        int[][] dependents = new int[n][];
        for (int i = 0; i < n; i++) dependents[i] = new int[dependentCount[i]];
        int[] filled = new int[n];
        for (Draft d : all) {
            for (int from : d.dependencies) dependents[from][filled[from]++] = d.index;
        }
        // compiling each step's commands and expanding its predictions is most of the work: on every core
        Step[] built = new Step[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> built[i] = step(all.get(i)));
        RankHeap ready = new RankHeap(n);
        for (int i = 0; i < n; i++) if (waiting[i] == 0) ready.add(rank[i]);
        List<Step> steps = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = byOrder[ready.poll()];
            steps.add(built[i]);
            for (int next : dependents[i]) {
                if (--waiting[next] == 0) ready.add(rank[next]);
            }
        }
        if (steps.size() != n) throw new IllegalStateException("the step graph has a cycle");
        return steps;
    }

    private static Step step(Draft d) {
        Operation op = d.operation;
        return new Step(d.id, op.address(), op.node(), op.summary(), op, op.commands(), op.undo(), d.predicted.get(), op.risk(),
                d.waits, d.dependsOn, d.reason, d.blockedBecause);
    }

    /** A binary min-heap of ranks: the ready steps, without boxing 150,000 of them. */
    private static final class RankHeap {
        private final int[] heap;
        private int size;

        RankHeap(int capacity) { heap = new int[Math.max(1, capacity)]; }

        boolean isEmpty() { return size == 0; }

        void add(int value) {
            int at = size++;
            while (at > 0 && heap[(at - 1) / 2] > value) {
                heap[at] = heap[(at - 1) / 2];
                at = (at - 1) / 2;
            }
            heap[at] = value;
        }

        int poll() {
            int top = heap[0];
            int last = heap[--size];
            int at = 0;
            while (2 * at + 1 < size) {
                int child = 2 * at + 1;
                if (child + 1 < size && heap[child + 1] < heap[child]) child++;
                if (heap[child] >= last) break;
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = last;
            return top;
        }
    }
}
