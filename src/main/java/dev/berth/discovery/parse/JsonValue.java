package dev.berth.discovery.parse;

import dev.berth.diag.JsonPointer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value together with its JSON pointer, so that a wrong type or a missing field can be
 * reported at its line: Jackson's tree forgets positions, the pointer lets {@link JsonOutput}
 * find them again. Accessors are strict about types (a tool that starts printing numbers as
 * strings has changed its format, and a guess would hide that) and ignore unknown fields.
 */
record JsonValue(JsonNode node, String pointer) {

    JsonValue field(String name) throws BadOutput {
        requireObject();
        JsonNode child = node.get(name);
        if (child == null) throw BadOutput.atPointer(pointer, "missing field \"" + name + "\"");
        return new JsonValue(child, JsonPointer.child(pointer, name));
    }

    /** A field that older or newer tool versions leave out; JSON {@code null} counts as absent. */
    Optional<JsonValue> optionalField(String name) throws BadOutput {
        requireObject();
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) return Optional.empty();
        return Optional.of(new JsonValue(child, JsonPointer.child(pointer, name)));
    }

    String string() throws BadOutput {
        if (!node.isString()) throw wrongType("a string");
        return node.asString();
    }

    long longValue() throws BadOutput {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) throw wrongType("an integer");
        return node.longValue();
    }

    int intValue() throws BadOutput {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) throw wrongType("an integer");
        return node.intValue();
    }

    boolean bool() throws BadOutput {
        if (!node.isBoolean()) throw wrongType("true or false");
        return node.booleanValue();
    }

    BigDecimal decimal() throws BadOutput {
        if (!node.isNumber()) throw wrongType("a number");
        return node.decimalValue();
    }

    List<JsonValue> elements() throws BadOutput {
        if (!node.isArray()) throw wrongType("an array");
        List<JsonValue> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) elements.add(new JsonValue(node.get(i), JsonPointer.child(pointer, i)));
        return elements;
    }

    /** The fields of an object in document order. */
    List<Map.Entry<String, JsonValue>> fields() throws BadOutput {
        requireObject();
        List<Map.Entry<String, JsonValue>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            fields.add(Map.entry(entry.getKey(), new JsonValue(entry.getValue(), JsonPointer.child(pointer, entry.getKey()))));
        }
        return fields;
    }

    boolean isObject() { return node.isObject(); }

    boolean isString() { return node.isString(); }

    boolean isBoolean() { return node.isBoolean(); }

    void requireObject() throws BadOutput {
        if (!node.isObject()) throw wrongType("an object");
    }

    BadOutput problem(String message) { return BadOutput.atPointer(pointer, message); }

    private BadOutput wrongType(String expected) {
        String found = node.isString() ? "the string \"" + node.asString() + "\"" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        return BadOutput.atPointer(pointer, "expected " + expected + " at " + (pointer.isEmpty() ? "the top" : pointer) + ", found " + found);
    }
}
