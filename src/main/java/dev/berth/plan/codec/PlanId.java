package dev.berth.plan.codec;

import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

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
    public static String of(Plan plan) {
        return digest(generator -> PlanEncoder.write(plan, generator, true, false, (pointer, node) -> {}));
    }

    /** The same plan carrying its id: what the planner returns. */
    public static Plan assign(Plan plan) {
        return new Plan(plan.formatVersion(), of(plan), plan.basis(), plan.resourceChanges(), plan.steps(), plan.allocations(),
                plan.refusals(), plan.unmanaged());
    }

    /** The same plan on another basis (a git stack's source recorded), with the id that body has. */
    public static Plan assign(Plan plan, Basis basis) {
        return assign(new Plan(plan.formatVersion(), "", basis, plan.resourceChanges(), plan.steps(), plan.allocations(),
                plan.refusals(), plan.unmanaged()));
    }

    /** The id of a saved plan's tree, {@code plan_id} left out. */
    static String ofBody(JsonNode document) {
        return digest(generator -> writeSorted(generator, document, true));
    }

    /** SHA-256 of what {@code body} writes, streamed through the digest (never held as text). */
    static String digest(java.util.function.Consumer<JsonGenerator> body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (java.io.OutputStream sink = new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest);
                 JsonGenerator generator = OperationJson.MAPPER.createGenerator(sink)) {
                body.accept(generator);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sorted keys, no whitespace: the same tree always gives the same bytes, whatever order it was written in. */
    static String canonical(JsonNode node) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator generator = OperationJson.MAPPER.createGenerator(out)) {
            writeSorted(generator, node, false);
        }
        return out.toString();
    }

    /** One value: with sorted keys (canonical), or as the tree holds them. */
    static void write(JsonGenerator generator, JsonNode node, boolean sorted) {
        if (sorted) writeSorted(generator, node, false);
        else generator.writeTree(node);
    }

    /** Streams the tree with sorted keys, so a 10,000-resource plan is hashed without copying it. */
    private static void writeSorted(JsonGenerator generator, JsonNode node, boolean skipPlanId) {
        if (node.isObject()) {
            generator.writeStartObject();
            // most objects are small and many are written in key order already: copy and sort only when not
            java.util.Collection<String> names = node.propertyNames();
            String previous = null;
            for (String name : names) {
                if (previous != null && previous.compareTo(name) > 0) {
                    List<String> sorted = new java.util.ArrayList<>(names);
                    sorted.sort(null);
                    names = sorted;
                    break;
                }
                previous = name;
            }
            for (String name : names) {
                if (skipPlanId && name.equals("plan_id")) continue;
                generator.writeName(name);
                writeSorted(generator, node.get(name), false);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) writeSorted(generator, element, false);
            generator.writeEndArray();
        } else {
            generator.writeTree(node);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
