package dev.berth.journal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code /var/lib/berth/state.json}: what was last applied to a host (plan id, spec digest, time,
 * and the git commit when the stack came from git) and the node-ids each resource retired. Retired ids accumulate across applies: a forgotten
 * peer's id must never come back, or DRBD would mistake a new replica for the old one's bitmap.
 */
public record HostStateRecord(String planId, String specDigest, Instant time, SortedMap<String, SortedSet<Integer>> retiredNodeIds,
                              Optional<String> commit) {
    public static final String PATH = "/var/lib/berth/state.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public HostStateRecord {
        TreeMap<String, SortedSet<Integer>> copy = new TreeMap<>();
        retiredNodeIds.forEach((resource, ids) -> copy.put(resource, new TreeSet<>(ids)));
        retiredNodeIds = copy;
    }

    /** This apply's record, keeping every id the previous file retired. */
    public static HostStateRecord after(Optional<String> previous, String planId, String specDigest, Optional<String> commit,
                                        Instant time, Map<String, Set<Integer>> retiredNow) {
        TreeMap<String, SortedSet<Integer>> retired = new TreeMap<>(previous.flatMap(HostStateRecord::parse)
                .map(HostStateRecord::retiredNodeIds).orElse(new TreeMap<>()));
        retiredNow.forEach((resource, ids) -> retired.computeIfAbsent(resource, r -> new TreeSet<>()).addAll(ids));
        return new HostStateRecord(planId, specDigest, time, retired, commit);
    }

    public String toJson() {
        ObjectNode node = JSON.createObjectNode().put("format_version", 1).put("plan_id", planId).put("spec_digest", specDigest)
                .put("time", time.toString());
        commit.ifPresent(id -> node.put("commit", id));
        ObjectNode retired = node.putObject("retired_node_ids");
        retiredNodeIds.forEach((resource, ids) -> ids.forEach(retired.withArray(resource)::add));
        return JSON.writeValueAsString(node) + "\n";
    }

    public static Optional<HostStateRecord> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            TreeMap<String, SortedSet<Integer>> retired = new TreeMap<>();
            for (Map.Entry<String, JsonNode> entry : node.path("retired_node_ids").properties()) {
                TreeSet<Integer> ids = new TreeSet<>();
                entry.getValue().forEach(id -> ids.add(id.asInt()));
                retired.put(entry.getKey(), ids);
            }
            return Optional.of(new HostStateRecord(node.path("plan_id").asString(), node.path("spec_digest").asString(),
                    Instant.parse(node.path("time").asString()), retired,
                    node.hasNonNull("commit") ? Optional.of(node.get("commit").asString()) : Optional.empty()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
