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
        event.percent().ifPresent(p -> line.append(String.format(" (%.1f%%)", p)));
        if (!event.message().isEmpty() && event.kind() != ApplyEvent.Kind.WAITING) line.append(" - ").append(event.message());
        return line.toString();
    }

    public static String json(ApplyEvent event) {
        ObjectNode node = JSON.createObjectNode().put("event", event.kind().spelling()).put("step", event.step()).put("host", event.host())
                .put("summary", event.summary()).put("time", event.time().toString());
        if (!event.message().isEmpty()) node.put("message", event.message());
        event.percent().ifPresent(p -> node.put("percent", p));
        return JSON.writeValueAsString(node);
    }
}
