package dev.berth.reconcile;

import dev.berth.drift.DriftKind;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loop's metrics after its rounds so far, and their Prometheus text exposition (format 0.0.4:
 * HELP and TYPE before each family, label values escaped). Pure: the server only prints the
 * newest state.
 */
public record MetricsState(Optional<Instant> lastSuccess, Optional<String> appliedCommit, Map<DriftKind, Long> drift,
                           Optional<Duration> lastDuration, long failures, long rounds) {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    public MetricsState {
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(appliedCommit, "appliedCommit");
        Objects.requireNonNull(lastDuration, "lastDuration");
        drift = drift.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(drift));
    }

    public static MetricsState start() { return new MetricsState(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), 0, 0); }

    /** The state after {@code round}; {@code history} is the loop's memory after it (the applied commit). */
    public MetricsState after(RoundRecord round, History history) {
        boolean success = round.succeeded();
        return new MetricsState(success ? Optional.of(round.time().plus(round.duration())) : lastSuccess,
                history.applied().or(() -> appliedCommit), round.drift().isEmpty() ? drift : round.drift(), Optional.of(round.duration()),
                failures + (success ? 0 : 1), rounds + 1);
    }

    public String exposition() {
        StringBuilder text = new StringBuilder();
        family(text, "berth_reconcile_last_success_timestamp_seconds", "gauge", "Unix time at which the last successful round ended.");
        lastSuccess.ifPresent(t -> sample(text, "berth_reconcile_last_success_timestamp_seconds", "", number(t.toEpochMilli() / 1000.0)));
        family(text, "berth_reconcile_applied_commit_info", "gauge", "The commit the loop last applied (or found applied), as a label.");
        appliedCommit.ifPresent(c -> sample(text, "berth_reconcile_applied_commit_info", "{commit=\"" + escaped(c) + "\"}", "1"));
        family(text, "berth_drift_items", "gauge", "Drifted items found by the last round that measured drift, by kind.");
        if (!drift.isEmpty()) {
            for (DriftKind kind : DriftKind.values()) {
                sample(text, "berth_drift_items", "{kind=\"" + kind.spelling() + "\"}", Long.toString(drift.getOrDefault(kind, 0L)));
            }
        }
        family(text, "berth_reconcile_round_duration_seconds", "gauge", "How long the last round took.");
        lastDuration.ifPresent(d -> sample(text, "berth_reconcile_round_duration_seconds", "", number(d.toMillis() / 1000.0)));
        family(text, "berth_reconcile_failures_total", "counter", "Rounds that failed or gave a commit up.");
        sample(text, "berth_reconcile_failures_total", "", Long.toString(failures));
        family(text, "berth_reconcile_rounds_total", "counter", "Rounds run.");
        sample(text, "berth_reconcile_rounds_total", "", Long.toString(rounds));
        return text.toString();
    }

    private static void family(StringBuilder text, String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n').append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder text, String name, String labels, String value) {
        text.append(name).append(labels).append(' ').append(value).append('\n');
    }

    private static String number(double value) { return String.format(java.util.Locale.ROOT, "%.3f", value); }

    /** The exposition format's label escapes: backslash, double quote, newline. */
    static String escaped(String value) { return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"); }
}
