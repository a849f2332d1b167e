package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tops a resource up to its group's diskful replica count, one node at a time: among the eligible
 * nodes, those whose {@code spreadAcross} value no replica has yet (a node without the label has
 * no value and cannot spread) and whose {@code keepTogether} value is the chosen one; of those the
 * node with most free space left, ties by name. A pick takes its space from the ledger at once.
 * When no node is left, the replicas stay short and a problem says why each node was skipped:
 * a spread rule is never broken to reach the count.
 */
final class DiskfulFill {
    private final DesiredCluster desired;
    private final FreeSpace space;
    private final Eligibility eligibility;

    DiskfulFill(DesiredCluster desired, FreeSpace space, Eligibility eligibility) {
        this.desired = desired;
        this.space = space;
        this.eligibility = eligibility;
    }

    void fill(Resource resource, ResourceGroup group, StoragePool pool, ExistingResource live, TargetBuilder target) {
        int needed = group.replicas() - target.diskful().size();
        if (needed <= 0) return;
        Optional<String> spread = group.placement().spreadAcross();
        Set<String> spreadUsed = target.diskful().stream().map(r -> label(r.node(), spread))
                .flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
        Optional<String> together = group.placement().keepTogether();
        Optional<String> liveValue = target.diskful().stream().map(r -> label(r.node(), together)).flatMap(Optional::stream).findFirst();
        Optional<String> togetherValue = together.isPresent() && liveValue.isEmpty()
                ? bestTogetherValue(resource, group, pool, live, target, together.get(), needed) : liveValue;
        int placed = 0;
        while (placed < needed) {
            Node best = null;
            for (String name : space.byMostFree(pool)) {
                Node node = desired.nodes().get(name);
                if (node == null || target.holds(name) || !fits(node, spread, spreadUsed, together, togetherValue)) continue;
                if (eligibility.whyNotDiskful(resource, group, pool, live, node, false).isEmpty()) {
                    best = node;
                    break;
                }
            }
            if (best == null) break;
            target.add(best.name(), false, PlacedReplica.Origin.PLACED);
            space.consume(pool, best.name(), space.needed(resource, group, pool, best.name()));
            label(best.name(), spread).ifPresent(spreadUsed::add);
            placed++;
        }
        if (placed < needed) {
            // Only now are the reasons spelled out: building them for every node of every resource costs.
            List<String> reasons = new ArrayList<>();
            for (Node node : desired.nodes().values()) {
                if (target.holds(node.name())) continue;
                Optional<String> why = eligibility.whyNotDiskful(resource, group, pool, live, node, false)
                        .or(() -> ruleOut(node, spread, spreadUsed, together, togetherValue));
                why.ifPresent(reason -> reasons.add(node.name() + ": " + reason));
            }
            target.problem(Problem.Kind.NOT_ENOUGH_NODES, group.replicas() + " diskful replicas wanted, "
                    + target.diskful().size() + " placed; " + (reasons.isEmpty() ? "no other node" : String.join("; ", reasons)));
        }
    }

    /** {@link #ruleOut} without the words, for the loop that runs for every node of every resource. */
    private static boolean fits(Node node, Optional<String> spread, Set<String> spreadUsed, Optional<String> together,
                                Optional<String> togetherValue) {
        if (spread.isPresent()) {
            String value = node.labels().get(spread.get());
            if (value == null || spreadUsed.contains(value)) return false;
        }
        return together.isEmpty() || Optional.ofNullable(node.labels().get(together.get())).equals(togetherValue);
    }

    private static Optional<String> ruleOut(Node node, Optional<String> spread, Set<String> spreadUsed, Optional<String> together,
                                     Optional<String> togetherValue) {
        if (spread.isPresent()) {
            String value = node.labels().get(spread.get());
            if (value == null) return Optional.of("has no label " + spread.get() + " to spread across");
            if (spreadUsed.contains(value)) return Optional.of(spread.get() + " " + value + " already holds a replica");
        }
        if (together.isPresent() && !Optional.ofNullable(node.labels().get(together.get())).equals(togetherValue)) {
            return Optional.of(together.get() + " is not " + togetherValue.orElse("(none)") + ", where the replicas are kept together");
        }
        return Optional.empty();
    }

    /** The {@code keepTogether} value whose eligible nodes can hold all new replicas, most free space first, ties by value. */
    private Optional<String> bestTogetherValue(Resource resource, ResourceGroup group, StoragePool pool, ExistingResource live,
                                               TargetBuilder target, String label, int needed) {
        TreeMap<String, long[]> byValue = new TreeMap<>(); // value -> {nodes, free bytes}
        for (Node node : desired.nodes().values()) {
            String value = node.labels().get(label);
            if (value == null || target.holds(node.name()) || eligibility.whyNotDiskful(resource, group, pool, live, node, false).isPresent()) {
                continue;
            }
            long[] sums = byValue.computeIfAbsent(value, v -> new long[2]);
            sums[0]++;
            sums[1] += space.leftForRanking(pool, node.name());
        }
        String best = null;
        for (var entry : byValue.entrySet()) {
            if (best == null || better(entry.getValue(), byValue.get(best), needed)) best = entry.getKey();
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(long[] candidate, long[] best, int needed) {
        long fits = Math.min(candidate[0], needed), bestFits = Math.min(best[0], needed);
        return fits != bestFits ? fits > bestFits : candidate[1] > best[1];
    }

    private Optional<String> label(String node, Optional<String> label) {
        return label.map(l -> desired.nodes().get(node).labels().get(l));
    }
}
