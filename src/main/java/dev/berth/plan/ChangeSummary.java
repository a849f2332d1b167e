package dev.berth.plan;

import dev.berth.model.Address;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.ops.Operation;
import dev.berth.ops.VolumeOperations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One {@link ResourceChange} per volume and replica address that the steps touch, read off the
 * operations: a created volume or file is {@code create}, a grown volume or reconfigured replica
 * {@code update}, a removed one {@code delete}.
 */
final class ChangeSummary {
    private ChangeSummary() {}

    /** What the steps do to one address: one map lookup per step, not four. */
    private record Touched(Set<Action> actions, SortedMap<String, String> before, SortedMap<String, String> after, String reason) {}

    static List<ResourceChange> of(List<Step> steps) {
        // per address on every core: its steps keep their order in the plan, which is the order they are read in
        java.util.concurrent.ConcurrentMap<Address, List<Integer>> byAddress = java.util.stream.IntStream.range(0, steps.size()).parallel()
                .filter(i -> actionOf(steps.get(i).operation()) != null).boxed()
                .collect(java.util.stream.Collectors.groupingByConcurrent(i -> steps.get(i).operation().address()));
        return byAddress.entrySet().parallelStream()
                .map(entry -> change(entry.getKey(), entry.getValue().stream().sorted().map(steps::get).toList()))
                .sorted(java.util.Comparator.comparing(ResourceChange::address))
                .toList();
    }

    /** The change at one address, from its steps in plan order. */
    private static ResourceChange change(Address address, List<Step> steps) {
        Touched t = new Touched(new LinkedHashSet<>(), new TreeMap<>(), new TreeMap<>(), steps.get(0).reason());
        for (Step step : steps) {
            Operation op = step.operation();
            t.actions.add(actionOf(op));
            SortedMap<String, String> was = t.before;
            SortedMap<String, String> will = t.after;
            if (op instanceof VolumeOperations.CreateBackingVolume c) {
                will.put("size", c.size().toString());
                will.put("name", c.target().qualified(c.name()));
            } else if (op instanceof VolumeOperations.GrowBackingVolume g) {
                was.put("size", g.from().toString());
                will.put("size", g.to().toString());
            } else if (op instanceof VolumeOperations.MarkBackingVolume m) {
                was.put("marker", "none (made by hand)");
                will.put("marker", m.target().backend().isZfs() ? "berth:managed=yes" : "tag berth");
            } else if (op instanceof VolumeOperations.RemoveBackingVolume r) {
                was.put("size", r.size().toString());
                was.put("name", r.target().qualified(r.name()));
            } else if (op instanceof FileOperations.WriteResourceFile || op instanceof DrbdOperations.Reconfigure) {
                will.put("file", dev.berth.ops.ResourceFiles.path(address.name()));
            } else if (op instanceof FileOperations.RemoveResourceFile) {
                was.put("file", dev.berth.ops.ResourceFiles.path(address.name()));
            }
        }
        return new ResourceChange(address, ordered(t.actions), t.before, t.after, t.reason);
    }

    /** Create+delete on one address in one plan is a replace ({@code -/+}); delete first because it happens first. */
    private static List<Action> ordered(Set<Action> set) {
        if (set.contains(Action.CREATE) && set.contains(Action.DELETE)) return List.of(Action.DELETE, Action.CREATE);
        if (set.contains(Action.CREATE)) return List.of(Action.CREATE);
        if (set.contains(Action.DELETE)) return List.of(Action.DELETE);
        return List.of(Action.UPDATE);
    }

    private static Action actionOf(Operation op) {
        if (op instanceof VolumeOperations.CreateBackingVolume || op instanceof FileOperations.WriteResourceFile) return Action.CREATE;
        if (op instanceof VolumeOperations.GrowBackingVolume || op instanceof VolumeOperations.MarkBackingVolume
                || op instanceof DrbdOperations.Reconfigure) return Action.UPDATE;
        if (op instanceof VolumeOperations.RemoveBackingVolume || op instanceof FileOperations.RemoveResourceFile) return Action.DELETE;
        return null;
    }
}
