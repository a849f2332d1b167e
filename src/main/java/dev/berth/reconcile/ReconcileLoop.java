package dev.berth.reconcile;

import dev.berth.apply.Sleeper;
import dev.berth.apply.StopRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The loop at the edge: run a round, remember, log, publish the metrics, wait (the interval, or
 * the backoff after failures), again — until a stop is requested, {@code --once}, or a round limit.
 * Time passes only through the {@link Sleeper}, in slices, so a stop request during a long wait is
 * seen within a second and a test on the lab's virtual clock never sleeps.
 */
public final class ReconcileLoop {
    /** How long the loop waits at most before it looks at the stop request again. */
    static final Duration SLICE = Duration.ofSeconds(1);

    /** One round's effects: fetch, plan, decide, apply or report. */
    public interface Round {
        Outcome run(int round, History history);
    }

    /** What a round did and the memory after it. */
    public record Outcome(RoundRecord record, History history) {
        public Outcome {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(history, "history");
        }
    }

    /** {@code rounds}: stop after that many rounds (a drill, or a test); {@code --once} is one round. */
    public record Settings(Duration interval, OptionalInt rounds) {
        public Settings {
            if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("the interval is positive");
            if (rounds.isPresent() && rounds.getAsInt() < 1) throw new IllegalArgumentException("at least one round");
        }
    }

    private final Round round;
    private final Settings settings;
    private final Sleeper sleeper;
    private final StopRequest stop;
    private final Consumer<RoundRecord> log;
    private final AtomicReference<MetricsState> metrics;

    public ReconcileLoop(Round round, Settings settings, Sleeper sleeper, StopRequest stop, Consumer<RoundRecord> log,
                         AtomicReference<MetricsState> metrics) {
        this.round = round;
        this.settings = settings;
        this.sleeper = sleeper;
        this.stop = stop;
        this.log = log;
        this.metrics = metrics;
    }

    /**
     * Runs rounds; returns the last round's exit code when a round limit ended the loop (with
     * {@code --once}: that round's code), or 0 when a stop request did (a stop is a normal end).
     */
    public int run() {
        History history = History.start();
        for (int number = 1; stop.level() == StopRequest.Level.NONE; number++) {
            Outcome outcome = round.run(number, history);
            History after = outcome.history();
            history = after;
            metrics.updateAndGet(state -> state.after(outcome.record(), after));
            log.accept(outcome.record());
            if (settings.rounds().isPresent() && number >= settings.rounds().getAsInt()) return outcome.record().exitCode();
            if (!pause(Backoff.delay(settings.interval(), history.failuresInARow()))) break;
        }
        return 0;
    }

    /** Waits {@code duration}; false when a stop request (or an interrupt) ended the wait. */
    private boolean pause(Duration duration) {
        Instant end = sleeper.now().plus(duration);
        try {
            for (Instant now = sleeper.now(); now.isBefore(end); now = sleeper.now()) {
                if (stop.level() != StopRequest.Level.NONE) return false;
                Duration left = Duration.between(now, end);
                sleeper.sleep(left.compareTo(SLICE) < 0 ? left : SLICE);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        return stop.level() == StopRequest.Level.NONE;
    }
}
