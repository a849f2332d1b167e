package dev.berth.discovery.parse;

import dev.berth.diag.Diagnostic;
import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import dev.berth.observed.Reading;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a parser made of one command's output: the value (with notes, such as a non-zero exit
 * that did not matter), or a failure with a diagnostic that names the host, the command and the
 * first bad line. Parsers return this for every input; they never throw for bad output.
 */
public sealed interface Parsed<T> permits Parsed.Value, Parsed.Failure {

    static <T> Parsed<T> value(T value) { return new Value<>(value, List.of()); }

    static <T> Parsed<T> value(T value, List<Finding> notes) { return new Value<>(value, notes); }

    /** The command ran but failed: its part of the inventory is unknown. */
    static <T> Parsed<T> commandFailed(Diagnostic diagnostic) { return new Failure<>(FindingKind.COMMAND_FAILED, diagnostic); }

    /** The command succeeded but printed something this parser cannot read. */
    static <T> Parsed<T> unreadable(Diagnostic diagnostic) { return new Failure<>(FindingKind.OUTPUT_UNREADABLE, diagnostic); }

    Optional<T> value();

    Optional<Diagnostic> diagnostic();

    List<Finding> notes();

    default boolean succeeded() { return value().isPresent(); }

    <R> Parsed<R> map(Function<T, R> mapper);

    /** As an inventory part: known, or unknown because of a finding that carries the diagnostic. */
    Reading<T> toReading(CommandOutput output);

    record Value<T>(T parsed, List<Finding> notes) implements Parsed<T> {
        public Value {
            Objects.requireNonNull(parsed, "parsed");
            notes = List.copyOf(notes);
        }

        @Override
        public Optional<T> value() { return Optional.of(parsed); }

        @Override
        public Optional<Diagnostic> diagnostic() { return Optional.empty(); }

        @Override
        public <R> Parsed<R> map(Function<T, R> mapper) { return new Value<>(mapper.apply(parsed), notes); }

        @Override
        public Reading<T> toReading(CommandOutput output) { return Reading.known(parsed); }
    }

    record Failure<T>(FindingKind kind, Diagnostic failure) implements Parsed<T> {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public Optional<T> value() { return Optional.empty(); }

        @Override
        public Optional<Diagnostic> diagnostic() { return Optional.of(failure); }

        @Override
        public List<Finding> notes() { return List.of(); }

        @Override
        public <R> Parsed<R> map(Function<T, R> mapper) { return new Failure<>(kind, failure); }

        @Override
        public Reading<T> toReading(CommandOutput output) {
            return Reading.unknown(new Finding(kind, failure.format(), output.command()));
        }
    }
}
