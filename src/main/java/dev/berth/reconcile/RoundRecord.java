package dev.berth.reconcile;

import dev.berth.drift.DriftKind;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One round, as its log line says it: when it started, its number, the branch's commit (empty
 * when the fetch failed), what it did, the drift counts by kind (empty when no drift was
 * measured), how long it took, its exit code (design.md's codes: 0 applied, healed or nothing to
 * do; 2 drift reported; 1, 3 or 4 as the apply or refusal; 3 given up) and why.
 */
public record RoundRecord(Instant time, int round, Optional<String> commit, RoundAction action, Map<DriftKind, Long> drift,
                          Duration duration, int exitCode, List<String> reasons) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public RoundRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(duration, "duration");
        drift = drift.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(drift));
        reasons = List.copyOf(reasons);
    }

    public boolean succeeded() { return action != RoundAction.FAILED && action != RoundAction.GAVE_UP; }

    /** {@code 2026-11-25T05:00:00Z round 3 commit 1a2b3c4d5e6f applied drift missing=0 changed=1 … duration 1.250s exit 0: why} */
    public String text() {
        StringBuilder line = new StringBuilder().append(time).append(" round ").append(round).append(" commit ")
                .append(commit.map(Reconciler::abbreviated).orElse("unknown")).append(' ').append(action.spelling());
        if (!drift.isEmpty()) {
            line.append(" drift");
            for (DriftKind kind : DriftKind.values()) line.append(' ').append(kind.spelling()).append('=').append(drift.getOrDefault(kind, 0L));
        }
        line.append(" duration ").append(seconds(duration)).append("s exit ").append(exitCode);
        if (!reasons.isEmpty()) line.append(": ").append(String.join("; ", reasons));
        return line.toString();
    }

    /** One JSON object on one line; the field names are a contract for log pipelines. */
    public String json() {
        ObjectNode node = JSON.createObjectNode().put("time", time.toString()).put("round", round).put("commit", commit.orElse(""))
                .put("action", action.spelling());
        ObjectNode counts = node.putObject("drift");
        if (!drift.isEmpty()) for (DriftKind kind : DriftKind.values()) counts.put(kind.spelling(), drift.getOrDefault(kind, 0L));
        node.put("duration_seconds", duration.toMillis() / 1000.0).put("exit_code", exitCode);
        reasons.forEach(node.putArray("reasons")::add);
        return JSON.writeValueAsString(node);
    }

    static String seconds(Duration duration) { return String.format(java.util.Locale.ROOT, "%.3f", duration.toMillis() / 1000.0); }
}
