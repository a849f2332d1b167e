package dev.berth.plan.codec;

import dev.berth.diag.Diagnostic;
import dev.berth.plan.Allocation;
import dev.berth.plan.ResourceChange;
import dev.berth.plan.Step;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved plan's object read from a parser one element of its long arrays at a time: each step,
 * change and allocation is parsed, checked against its part of the schema and for secret values,
 * decoded, and dropped. A 10,000-resource plan is never one tree (as one, it took 1.8 GB of heap
 * and 36 s to show); the rest of the document (summary, refusals, basis, …) is small and kept.
 */
final class PlanReader {
    /** Enough to sort the first {@link PlanSchema#MAX_DIAGNOSTICS} by place; a broken plan can fail on every element. */
    private static final int KEPT_ELEMENT_ERRORS = 10 * PlanSchema.MAX_DIAGNOSTICS;

    /**
     * What a read found: the document with its long arrays empty, their elements decoded (while
     * every element so far met its schema), the elements' schema errors and secret values, and
     * the first element that met its schema but could not be decoded.
     */
    record Read(ObjectNode skeleton, List<ResourceChange> changes, List<Step> steps, List<Allocation> allocations,
                List<Diagnostic> elementErrors, List<String> leaks, Optional<String> undecodable) {}

    private final ObjectNode skeleton = OperationJson.MAPPER.createObjectNode();
    private final List<ResourceChange> changes = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<Diagnostic> elementErrors = new ArrayList<>();
    private final List<String> leaks = new ArrayList<>();
    /** One node for each long text: a resource file stands in its write operation, its command's stdin and its undo. */
    private final Map<String, StringNode> longTexts = new HashMap<>();
    private Optional<String> undecodable = Optional.empty();

    private PlanReader() {}

    /** Reads the object whose START_OBJECT the parser is on, to its end; malformed JSON throws. */
    static Read readObject(JsonParser parser) throws JacksonException {
        PlanReader reader = new PlanReader();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (PlanEncoder.LONG_ARRAYS.contains(name) && value == JsonToken.START_ARRAY) {
                reader.skeleton.putArray(name);
                for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                    JsonNode element = parser.readValueAsTree();
                    reader.share(element);
                    reader.element(name, index, element);
                }
            } else {
                reader.skeleton.set(name, (JsonNode) parser.readValueAsTree());
            }
        }
        return new Read(reader.skeleton, reader.changes, reader.steps, reader.allocations, reader.elementErrors, reader.leaks,
                reader.undecodable);
    }

    /**
     * Makes every long text of {@code node} the one node (and so the one String) of that text:
     * the planner shares a resource file between the steps that write it, and so does the loaded
     * plan, which otherwise holds each copy the document spells out (2.5 times the heap).
     */
    private void share(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                JsonNode value = property.getValue();
                if (isLongText(value)) property.setValue(longTexts.computeIfAbsent(value.asString(), StringNode::valueOf));
                else share(value);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (isLongText(value)) array.set(i, longTexts.computeIfAbsent(value.asString(), StringNode::valueOf));
                else share(value);
            }
        }
    }

    private static boolean isLongText(JsonNode node) { return node.isString() && node.asString().length() >= PlanId.LONG; }

    private void element(String array, int index, JsonNode element) {
        if (elementErrors.size() >= KEPT_ELEMENT_ERRORS) return;
        elementErrors.addAll(PlanSchema.validateElement(array, index, element));
        leaks.addAll(SecretGuard.leaks(element, "/" + array + "/" + index));
        // once anything is wrong the plan is refused: checking goes on, decoding stops
        if (!elementErrors.isEmpty() || undecodable.isPresent()) return;
        try {
            switch (array) {
                case "resource_changes" -> changes.add(PlanDecoder.change(element));
                case "steps" -> steps.add(PlanDecoder.step(element));
                case "allocations" -> allocations.add(PlanDecoder.allocation(element));
                default -> throw new IllegalStateException(array);
            }
        } catch (IllegalArgumentException | JacksonException invalid) {
            undecodable = Optional.of("/" + array + "/" + index + ": " + invalid.getMessage());
        }
    }
}
