package dev.berth.reconcile;

import dev.berth.apply.Sleeper;
import dev.berth.apply.StopRequest;
import dev.berth.drift.DriftKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loop's parts that are not the decision: history, backoff, the log line, the metrics text, and the loop on a fake clock. */
class LoopPartsTest {
    static final String COMMIT = "2222222222222222222222222222222222222222";
    static final Instant T0 = Instant.parse("2026-11-25T05:00:00Z");

    @Test
    void historyCountsAttemptsPerCommitAndForgivesThemOnSuccess() {
        History history = History.start().failed(COMMIT).failed(COMMIT);
        assertEquals(2, history.attemptsAt(COMMIT));
        assertEquals(2, history.failuresInARow());
        History other = history.failed("3");
        assertEquals(0, other.attemptsAt(COMMIT));
        assertEquals(1, other.attemptsAt("3"));
        assertEquals(3, other.failuresInARow());
        History applied = other.applied("3");
        assertEquals(Optional.of("3"), applied.applied());
        assertEquals(0, applied.attemptsAt("3"));
        assertEquals(0, applied.failuresInARow());
        assertEquals(2, history.remember(COMMIT).attemptsAt(COMMIT), "remembering what the hosts say keeps the failures");
    }

    @Test
    void backoffDoublesAndIsCapped() {
        Duration minute = Duration.ofMinutes(1);
        assertEquals(minute, Backoff.delay(minute, 0));
        assertEquals(Duration.ofMinutes(2), Backoff.delay(minute, 1));
        assertEquals(Duration.ofMinutes(32), Backoff.delay(minute, 5));
        assertEquals(Duration.ofHours(1), Backoff.delay(minute, 6));
        assertEquals(Duration.ofHours(1), Backoff.delay(minute, 60));
        assertEquals(Duration.ofHours(2), Backoff.delay(Duration.ofHours(2), 3), "an interval past the cap is kept");
    }

    static RoundRecord record(RoundAction action, int exitCode) {
        return new RoundRecord(T0, 4, Optional.of(COMMIT), action, Map.of(DriftKind.CHANGED, 2L, DriftKind.HEALTH, 1L),
                Duration.ofMillis(1250), exitCode, List.of("self-heal is off"));
    }

    @Test
    void theLogLineIsOneJsonObjectOrOneTextLine() {
        String json = record(RoundAction.DRIFT_REPORTED, 2).json();
        assertFalse(json.contains("\n"));
        JsonNode line = JsonMapper.builder().build().readTree(json);
        assertEquals("2026-11-25T05:00:00Z", line.get("time").asString());
        assertEquals(4, line.get("round").asInt());
        assertEquals(COMMIT, line.get("commit").asString());
        assertEquals("drift-reported", line.get("action").asString());
        assertEquals(2, line.get("drift").get("changed").asInt());
        assertEquals(0, line.get("drift").get("missing").asInt());
        assertEquals(1.25, line.get("duration_seconds").asDouble());
        assertEquals(2, line.get("exit_code").asInt());
        assertEquals("self-heal is off", line.get("reasons").get(0).asString());
        assertEquals("2026-11-25T05:00:00Z round 4 commit 222222222222 drift-reported drift missing=0 changed=2 orphaned=0 health=1 "
                + "duration 1.250s exit 2: self-heal is off", record(RoundAction.DRIFT_REPORTED, 2).text());
    }

    @Test
    void metricsAreTheExpositionFormat() {
        MetricsState state = MetricsState.start().after(record(RoundAction.APPLIED, 0), History.start().applied(COMMIT))
                .after(record(RoundAction.FAILED, 1), History.start().applied(COMMIT).failed("3"));
        assertEquals("""
                # HELP berth_reconcile_last_success_timestamp_seconds Unix time at which the last successful round ended.
                # TYPE berth_reconcile_last_success_timestamp_seconds gauge
                berth_reconcile_last_success_timestamp_seconds 1795582801.250
                # HELP berth_reconcile_applied_commit_info The commit the loop last applied (or found applied), as a label.
                # TYPE berth_reconcile_applied_commit_info gauge
                berth_reconcile_applied_commit_info{commit="2222222222222222222222222222222222222222"} 1
                # HELP berth_drift_items Drifted items found by the last round that measured drift, by kind.
                # TYPE berth_drift_items gauge
                berth_drift_items{kind="missing"} 0
                berth_drift_items{kind="changed"} 2
                berth_drift_items{kind="orphaned"} 0
                berth_drift_items{kind="health"} 1
                # HELP berth_reconcile_round_duration_seconds How long the last round took.
                # TYPE berth_reconcile_round_duration_seconds gauge
                berth_reconcile_round_duration_seconds 1.250
                # HELP berth_reconcile_failures_total Rounds that failed or gave a commit up.
                # TYPE berth_reconcile_failures_total counter
                berth_reconcile_failures_total 1
                # HELP berth_reconcile_rounds_total Rounds run.
                # TYPE berth_reconcile_rounds_total counter
                berth_reconcile_rounds_total 2
                """, state.exposition());
        assertEquals("a\\\"b\\\\c\\nd", MetricsState.escaped("a\"b\\c\nd"));
    }

    /** A clock that only moves when slept on, and remembers each wait. */
    static final class FakeClock implements Sleeper {
        Instant now = T0;
        final List<Duration> sleeps = new ArrayList<>();

        @Override public Instant now() { return now; }

        @Override public void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }
    }

    @Test
    void theLoopWaitsTheIntervalBacksOffAfterFailuresAndStopsWhenAsked() {
        FakeClock clock = new FakeClock();
        StopRequest stop = new StopRequest();
        List<Instant> starts = new ArrayList<>();
        List<RoundAction> actions = List.of(RoundAction.FAILED, RoundAction.FAILED, RoundAction.APPLIED, RoundAction.NO_CHANGE);
        ReconcileLoop.Round round = (number, history) -> {
            starts.add(clock.now());
            RoundAction action = actions.get(number - 1);
            if (number == actions.size()) stop.request(); // a SIGTERM during the fourth round: it ends, no fifth starts
            History after = action == RoundAction.FAILED ? history.failed(COMMIT) : history.applied(COMMIT);
            return new ReconcileLoop.Outcome(new RoundRecord(clock.now(), number, Optional.of(COMMIT), action, Map.of(), Duration.ZERO,
                    action == RoundAction.FAILED ? 1 : 0, List.of()), after);
        };
        List<RoundRecord> log = new ArrayList<>();
        AtomicReference<MetricsState> metrics = new AtomicReference<>(MetricsState.start());
        int exit = new ReconcileLoop(round, new ReconcileLoop.Settings(Duration.ofSeconds(10), OptionalInt.empty()), clock, stop, log::add, metrics).run();
        assertEquals(0, exit, "a stop is a normal end");
        assertEquals(List.of(T0, T0.plusSeconds(20), T0.plusSeconds(60), T0.plusSeconds(70)), starts, "20s and 40s after failures, then 10s");
        assertEquals(4, log.size());
        assertEquals(4, metrics.get().rounds());
        assertEquals(2, metrics.get().failures());
        assertTrue(clock.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(1)) <= 0), "slept in slices a stop can cut short");
    }

    @Test
    void aRoundLimitEndsWithTheLastRoundsExitCode() {
        FakeClock clock = new FakeClock();
        ReconcileLoop.Round round = (number, history) -> new ReconcileLoop.Outcome(new RoundRecord(clock.now(), number, Optional.empty(),
                RoundAction.DRIFT_REPORTED, Map.of(), Duration.ZERO, 2, List.of()), history.quiet());
        int exit = new ReconcileLoop(round, new ReconcileLoop.Settings(Duration.ofSeconds(5), OptionalInt.of(2)), clock, new StopRequest(),
                r -> { }, new AtomicReference<>(MetricsState.start())).run();
        assertEquals(2, exit);
        assertEquals(T0.plusSeconds(5), clock.now(), "one wait between two rounds, none after the last");
    }
}
