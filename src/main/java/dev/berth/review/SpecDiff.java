package dev.berth.review;

import dev.berth.desired.DesiredCluster;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the author edited: the base and head desired models compared address by address, sorted by address. */
public final class SpecDiff {
    private SpecDiff() {}

    public static List<SpecChange> between(DesiredCluster base, DesiredCluster head) {
        return compare(SpecAttributes.of(base), SpecAttributes.of(head));
    }

    /** A stack that the change request adds: every address is new. */
    public static List<SpecChange> added(DesiredCluster head) {
        return compare(new TreeMap<>(), SpecAttributes.of(head));
    }

    private static List<SpecChange> compare(SortedMap<String, SortedMap<String, String>> before, SortedMap<String, SortedMap<String, String>> after) {
        TreeSet<String> addresses = new TreeSet<>(before.keySet());
        addresses.addAll(after.keySet());
        List<SpecChange> changes = new ArrayList<>();
        for (String address : addresses) {
            SortedMap<String, String> old = before.getOrDefault(address, new TreeMap<>());
            SortedMap<String, String> now = after.getOrDefault(address, new TreeMap<>());
            if (!before.containsKey(address)) changes.add(new SpecChange(address, SpecChange.Kind.ADDED, old, now));
            else if (!after.containsKey(address)) changes.add(new SpecChange(address, SpecChange.Kind.REMOVED, old, now));
            else if (!old.equals(now)) changes.add(new SpecChange(address, SpecChange.Kind.CHANGED, old, now));
        }
        return List.copyOf(changes);
    }
}
