package dev.berth.plan;

import dev.berth.model.Address;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.ops.Operation;
import dev.berth.ops.VolumeOperations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        Map<Address, Touched> touched = new java.util.HashMap<>(); // sorted once at the end: 60,000 addresses
        for (Step step : steps) {
            Operation op = step.operation();
            Action action = actionOf(op);
            if (action == null) continue;
            Address address = op.address();
            Touched t = touched.computeIfAbsent(address, a -> new Touched(new LinkedHashSet<>(), new TreeMap<>(), new TreeMap<>(), step.reason()));
            t.actions.add(action);
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
        List<ResourceChange> changes = new ArrayList<>(touched.size());
        touched.forEach((address, t) -> changes.add(new ResourceChange(address, ordered(t.actions), t.before, t.after, t.reason)));
        changes.sort(java.util.Comparator.comparing(ResourceChange::address));
        return changes;
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
