package dev.berth.drbd;

import java.util.List;
import java.util.Optional;

/** What {@link ResourceFileParser#parse} found: the resources of a file, or the first problem in it. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Failed {
    /** The resources in file order (empty when the text defines none, or when parsing failed). */
    List<ParsedResource> resources();

    Optional<ConfigProblem> problem();

    default boolean succeeded() { return problem().isEmpty(); }

    record Parsed(List<ParsedResource> resources) implements ParseResult {
        public Parsed {
            resources = List.copyOf(resources);
        }

        @Override
        public Optional<ConfigProblem> problem() { return Optional.empty(); }
    }

    record Failed(ConfigProblem cause) implements ParseResult {
        public Failed {
            java.util.Objects.requireNonNull(cause, "cause");
        }

        @Override
        public List<ParsedResource> resources() { return List.of(); }

        @Override
        public Optional<ConfigProblem> problem() { return Optional.of(cause); }
    }
}
