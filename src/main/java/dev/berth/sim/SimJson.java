package dev.berth.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper of the lab's files: indented and with sorted map keys, so that a state
 * file is readable, diffs well, and is byte-identical when nothing changed (the lab skips the
 * write then). Tools use it to turn their state objects into their extension subtree and back.
 */
public final class SimJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private SimJson() {}

    public static ObjectNode object() { return MAPPER.createObjectNode(); }

    public static String write(JsonNode node) { return MAPPER.writeValueAsString(node) + "\n"; }

    public static JsonNode read(String text) { return MAPPER.readTree(text); }

    public static JsonNode tree(Object value) { return MAPPER.valueToTree(value); }

    public static <T> T value(JsonNode node, Class<T> type) { return MAPPER.treeToValue(node, type); }

    /** A required text field, with a message that says which file is broken. */
    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) throw new LabException(where + ": missing text field \"" + field + "\"");
        return value.asString();
    }

    static long number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) throw new LabException(where + ": missing number field \"" + field + "\"");
        return value.asLong();
    }
}
