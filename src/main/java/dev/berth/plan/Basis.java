package dev.berth.plan;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the plan was made on: the stack's digest, the target (lab or hosts), per involved host a
 * canonical projection of exactly what the plan depends on (design.md), and the digest of each
 * shared secret the touched resources use, by source ({@code env:R0_SECRET} → {@code sha256:…}).
 * Apply re-discovers, projects the same way, resolves the secrets again and refuses when anything
 * differs, naming what changed.
 */
public record Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections,
                    SortedMap<String, String> secretDigests) {
    public Basis {
        hostProjections = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hostProjections));
        secretDigests = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(secretDigests));
    }

    /** A basis without shared secrets. */
    public Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections) {
        this(stack, specDigest, target, hostProjections, new TreeMap<>());
    }
}
