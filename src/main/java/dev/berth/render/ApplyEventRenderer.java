package dev.berth.render;

import dev.berth.apply.events.ApplyEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line per apply event: for people (and CI logs) a fixed-width phase, the step and what it
 * does or why it stopped; for machines one JSON object per line (NDJSON) with the same fields.
 */
public final class ApplyEventRenderer {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApplyEventRenderer() {}

    public static String text(ApplyEvent event) {
        StringBuilder line = new StringBuilder(String.format("%-9s %s on %s: %s", event.kind().spelling(), event.step(), event.host(),
                event.summary()));
        line.append(progress(event).map(p -> " (" + p + ")").orElse(""));
        if (!event.message().isEmpty() && event.kind() != ApplyEvent.Kind.WAITING) line.append(" - ").append(event.message());
        return line.toString();
    }

    /** "42.0%, about 1m 30s left": DRBD's numbers while a resync runs, shared with the live display. */
    static java.util.Optional<String> progress(ApplyEvent event) {
        if (event.percent().isEmpty()) return java.util.Optional.empty();
        String percent = String.format("%.1f%%", event.percent().get());
        return java.util.Optional.of(event.remaining().map(r -> percent + ", about " + duration(r) + " left").orElse(percent));
    }

    static String duration(java.time.Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) return (seconds / 3600) + "h " + (seconds % 3600 / 60) + "m";
        if (seconds >= 60) return (seconds / 60) + "m " + (seconds % 60) + "s";
        return seconds + "s";
    }

    /** NDJSON keeps its fields as they were: tools reading it must not break on a display change. */
    public static String json(ApplyEvent event) {
        ObjectNode node = JSON.createObjectNode().put("event", event.kind().spelling()).put("step", event.step()).put("host", event.host())
                .put("summary", event.summary()).put("time", event.time().toString());
        if (!event.message().isEmpty()) node.put("message", event.message());
        event.percent().ifPresent(p -> node.put("percent", p));
        return JSON.writeValueAsString(node);
    }
}
