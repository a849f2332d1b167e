package dev.berth.observed;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One part of a host's inventory as discovery read it: {@link Known} with the value, or
 * {@link Unknown} with the finding that says why not (tool missing, command failed, output
 * unreadable). "No volume groups" and "could not list volume groups" must never look alike: a
 * planner that took the second for the first would propose to create what already exists.
 */
public sealed interface Reading<T> permits Reading.Known, Reading.Unknown {

    static <T> Reading<T> known(T value) { return new Known<>(value); }

    static <T> Reading<T> unknown(Finding reason) { return new Unknown<>(reason); }

    /** The value when known. */
    Optional<T> value();

    /** Why the value is not known, when it is not. */
    Optional<Finding> reason();

    default boolean isKnown() { return value().isPresent(); }

    default <R> Reading<R> map(Function<T, R> mapper) {
        return value().<Reading<R>>map(v -> new Known<>(mapper.apply(v))).orElseGet(() -> new Unknown<>(reason().orElseThrow()));
    }

    record Known<T>(T known) implements Reading<T> {
        public Known {
            Objects.requireNonNull(known, "known");
        }

        @Override
        public Optional<T> value() { return Optional.of(known); }

        @Override
        public Optional<Finding> reason() { return Optional.empty(); }
    }

    record Unknown<T>(Finding why) implements Reading<T> {
        public Unknown {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public Optional<T> value() { return Optional.empty(); }

        @Override
        public Optional<Finding> reason() { return Optional.of(why); }
    }
}
