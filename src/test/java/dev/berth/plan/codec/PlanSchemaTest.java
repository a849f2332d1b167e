package dev.berth.plan.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.berth.ops.Operation;
import dev.berth.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema is the reference users read and the validator loads: it must know every operation
 * the ops package can put in a plan, describe every property, and close every object.
 */
class PlanSchemaTest {
    private static final JsonNode SCHEMA = read();

    @Test
    void everyOperationKindHasItsOwnDefinitionAndNoOtherKindExists() {
        Set<String> subtypes = Arrays.stream(Operation.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        SCHEMA.at("/$defs/operation/properties/kind/enum").forEach(kind -> listed.add(kind.asString()));
        Set<String> dispatched = new TreeSet<>();
        for (JsonNode branch : SCHEMA.at("/$defs/operation/allOf")) {
            dispatched.add(branch.at("/if/properties/kind/const").asString());
            String ref = branch.at("/then/$ref").asString();
            assertTrue(SCHEMA.at(ref.substring(1)).isObject(), ref);
        }
        assertEquals(subtypes, listed);
        assertEquals(subtypes, dispatched);
    }

    @Test
    void everyPropertyIsDescribedAndEveryObjectIsClosed() {
        List<String> problems = new ArrayList<>();
        check(SCHEMA, "", problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everySampleIsValidAsSaved() {
        SamplePlans.all().forEach((name, plan) ->
                assertEquals(List.of(), PlanSchema.validate(OperationJson.MAPPER.readTree(PlanCodec.save(plan))), name));
    }

    private static void check(JsonNode node, String at, List<String> problems) {
        if (!node.isObject()) {
            if (node.isArray()) for (int i = 0; i < node.size(); i++) check(node.get(i), at + "/" + i, problems);
            return;
        }
        if (at.endsWith("/if")) return; // a condition on kind, not a shape
        if (node.has("properties")) {
            // the operation dispatcher is closed by the definition each kind refers to
            if (!node.has("additionalProperties") && !at.equals("/$defs/operation")) problems.add(at + ": additionalProperties missing");
            for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
                if (!described(property.getValue())) problems.add(at + "/properties/" + property.getKey() + ": no description");
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) check(child.getValue(), at + "/" + child.getKey(), problems);
    }

    private static boolean described(JsonNode property) {
        if (property.has("description")) return true;
        String ref = property.path("$ref").asString("");
        return ref.startsWith("#") && SCHEMA.at(ref.substring(1)).has("description");
    }

    private static JsonNode read() {
        try (InputStream in = PlanSchemaTest.class.getResourceAsStream("/schemas/plan.schema.json")) {
            return OperationJson.MAPPER.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
