package dev.berth.journal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code /var/lib/berth/in-progress.json}: written on every involved host when an apply starts and
 * after each step there, removed when the apply ends cleanly. A CI runner that lost its state
 * folder still learns from the hosts that an apply is unfinished, and which journal to ask for.
 */
public record InProgressRecord(String planId, String journalId, String lastStep, Instant time) {
    public static final String PATH = "/var/lib/berth/in-progress.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        ObjectNode node = JSON.createObjectNode().put("plan_id", planId).put("journal_id", journalId).put("last_step", lastStep)
                .put("time", time.toString());
        return JSON.writeValueAsString(node) + "\n";
    }

    public static Optional<InProgressRecord> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return Optional.of(new InProgressRecord(node.path("plan_id").asString(), node.path("journal_id").asString(),
                    node.path("last_step").asString(), Instant.parse(node.path("time").asString())));
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // someone else's file, or a half-written one: not a record we can act on
        }
    }
}
