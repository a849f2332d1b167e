package dev.berth.plan;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the plan was made on: the stack's digest, the target (lab or hosts), and per involved host a
 * canonical projection of exactly what the plan depends on (design.md). Apply re-discovers, projects
 * the same way and refuses when anything differs, naming what changed. {@code source} says which
 * commit a stack read from git came from.
 */
public record Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections, Optional<Source> source) {
    /** A git stack's origin: the repository as given (never with a password), the full commit id, the stack's path in it. */
    public record Source(String repository, String commit, String path) {}

    public Basis {
        hostProjections = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hostProjections));
    }

    public Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections) {
        this(stack, specDigest, target, hostProjections, Optional.empty());
    }

    public Basis withSource(Source from) { return new Basis(stack, specDigest, target, hostProjections, Optional.of(from)); }
}
