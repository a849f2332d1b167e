package dev.berth.plan.codec;

import dev.berth.plan.Plan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The plan id: SHA-256 (hex) of the plan's canonical JSON without {@code plan_id} — keys sorted
 * at every level, no whitespace, UTF-8. Two plans with the same id do exactly the same thing on
 * the same basis, and a saved plan whose body no longer matches its id was edited after review.
 */
public final class PlanId {
    private PlanId() {}

    /** The id of a plan's body; whatever {@code plan.planId()} holds is ignored. */
    public static String of(Plan plan) { return ofBody(PlanEncoder.body(plan)); }

    /** The same plan carrying its id: what the planner returns. */
    public static Plan assign(Plan plan) {
        return new Plan(plan.formatVersion(), of(plan), plan.basis(), plan.resourceChanges(), plan.steps(), plan.allocations(),
                plan.refusals(), plan.unmanaged());
    }

    /** The id of a saved plan's tree, {@code plan_id} left out. */
    static String ofBody(JsonNode document) {
        JsonNode body = document.deepCopy();
        if (body instanceof ObjectNode object) object.remove("plan_id");
        return sha256(canonical(body));
    }

    /** Sorted keys, no whitespace: the same tree always gives the same bytes, whatever order it was written in. */
    static String canonical(JsonNode node) { return OperationJson.MAPPER.writeValueAsString(sorted(node)); }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = OperationJson.MAPPER.createObjectNode();
            List<String> names = new java.util.ArrayList<>(node.propertyNames());
            names.sort(null);
            for (String name : names) copy.set(name, sorted(node.get(name)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = OperationJson.MAPPER.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
