package dev.berth.apply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code /var/lib/berth/lock/holder.json}: who holds a host's lock (person and machine, process,
 * plan, journal) and until when. The journal id lets a resume or rollback of the same apply take
 * over the lock a crashed run left behind, and nobody else.
 */
record LockHolder(String holder, String node, long pid, String planId, String journalId, Instant leaseExpiry) {
    static final String FOLDER = "/var/lib/berth/lock";
    static final String FILE = FOLDER + "/holder.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.writeValueAsString(JSON.createObjectNode().put("holder", holder).put("host", node).put("pid", pid)
                .put("plan_id", planId).put("journal_id", journalId).put("lease_expiry", leaseExpiry.toString())) + "\n";
    }

    static Optional<LockHolder> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return Optional.of(new LockHolder(node.path("holder").asString(), node.path("host").asString(), node.path("pid").asLong(),
                    node.path("plan_id").asString(), node.path("journal_id").asString(), Instant.parse(node.path("lease_expiry").asString())));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    LockHolder renewedUntil(Instant expiry) { return new LockHolder(holder, node, pid, planId, journalId, expiry); }

    String describe() {
        return holder + " (pid " + pid + ", plan " + planId.substring(0, Math.min(12, planId.length())) + ", lease until " + leaseExpiry + ")";
    }
}
