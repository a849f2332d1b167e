package dev.berth.plan;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the plan was made on: the stack's digest, the target (lab or hosts), and per involved host a
 * canonical projection of exactly what the plan depends on (design.md). Apply re-discovers, projects
 * the same way and refuses when anything differs, naming what changed.
 */
public record Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections) {
    public Basis {
        hostProjections = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hostProjections));
    }
}
