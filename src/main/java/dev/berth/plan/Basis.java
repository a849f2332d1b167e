package dev.berth.plan;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the plan was made on: the stack's digest, the target (lab or hosts), per involved host a
 * canonical projection of exactly what the plan depends on (design.md), and the digest of each
 * shared secret the touched resources use, by source ({@code env:R0_SECRET} → {@code sha256:…}).
 * Apply re-discovers, projects the same way, resolves the secrets again and refuses when anything
 * differs, naming what changed. {@code source} says which commit a stack read from git came from.
 */
public record Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections,
                    SortedMap<String, String> secretDigests, Optional<Source> source) {
    /** A git stack's origin: the repository as given (never with a password), the full commit id, the stack's path in it. */
    public record Source(String repository, String commit, String path) {}

    public Basis {
        hostProjections = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hostProjections));
        secretDigests = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(secretDigests));
    }

    /** A basis without shared secrets, from a folder. */
    public Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections) {
        this(stack, specDigest, target, hostProjections, new TreeMap<>(), Optional.empty());
    }

    /** A basis from a folder. */
    public Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections,
                 SortedMap<String, String> secretDigests) {
        this(stack, specDigest, target, hostProjections, secretDigests, Optional.empty());
    }

    /** A basis without shared secrets. */
    public Basis(String stack, String specDigest, String target, SortedMap<String, String> hostProjections, Optional<Source> source) {
        this(stack, specDigest, target, hostProjections, new TreeMap<>(), source);
    }

    public Basis withSource(Source from) { return new Basis(stack, specDigest, target, hostProjections, secretDigests, Optional.of(from)); }
}
