package dev.berth.render;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One JSON mapper for every report: sorted map keys and pretty output, so reports are stable. */
public final class JsonSupport {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonSupport() {}

    public static ObjectNode object() { return MAPPER.createObjectNode(); }

    public static String write(Object value) { return MAPPER.writeValueAsString(value) + "\n"; }
}
