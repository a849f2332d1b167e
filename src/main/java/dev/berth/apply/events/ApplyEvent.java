package dev.berth.apply.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing that happened to one step. {@code percent} is DRBD's resync progress, present only
 * on {@link Kind#WAITING} events while a resync runs, with DRBD's estimate of the time {@code remaining};
 * {@code message} says why a step failed, was skipped or was left.
 */
public record ApplyEvent(Kind kind, String step, String host, String summary, String message, Optional<Double> percent,
                         Optional<Duration> remaining, Instant time) {
    public enum Kind {
        STARTED("started"), FINISHED("finished"), FAILED("failed"), SKIPPED("skipped"), WAITING("waiting"), UNDONE("undone"),
        LEFT("left");

        private final String spelling;

        Kind(String spelling) { this.spelling = spelling; }

        public String spelling() { return spelling; }
    }

    public ApplyEvent {
        message = message == null ? "" : message;
    }
}
