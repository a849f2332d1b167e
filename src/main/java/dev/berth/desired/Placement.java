package dev.berth.desired;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Placement constraints of a resource group. */
public record Placement(Optional<String> spreadAcross, Optional<String> keepTogether, SortedSet<String> avoidNodes,
                        SortedSet<String> requireNodes, boolean disklessTiebreaker) {
    public Placement {
        avoidNodes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(avoidNodes));
        requireNodes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(requireNodes));
    }

    public static Placement none() {
        return new Placement(Optional.empty(), Optional.empty(), new TreeSet<>(), new TreeSet<>(), false);
    }
}
