package dev.berth.plan.codec;

import dev.berth.desired.Backend;
import dev.berth.model.Size;
import dev.berth.ops.Operation;
import dev.berth.ops.WaitCondition;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import java.util.Locale;
import java.util.function.Function;

/**
 * Operations as JSON: each record's own fields in snake_case after a {@code kind} that names the
 * type (the names in {@link Operation}'s subtype list), sizes as exact byte counts and enums in
 * their spec spelling, so the saved plan reads like the stack it came from.
 */
final class OperationJson {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(module())
            // a tampered plan must not slip a second value past the schema under the same key
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private OperationJson() {}

    static JsonNode encode(Operation operation) {
        // through the interface, so that the type id is written whatever the runtime class
        // through a token buffer, not a string: 150,000 steps each wrote and re-parsed their text
        try (tools.jackson.databind.util.TokenBuffer buffer = tools.jackson.databind.util.TokenBuffer.forGeneration()) {
            MAPPER.writerFor(Operation.class).writeValue(buffer, operation);
            try (JsonParser parser = buffer.asParser()) {
                return MAPPER.readTree(parser);
            }
        }
    }

    static Operation decode(JsonNode node) { return MAPPER.treeToValue(node, Operation.class); }

    /** {@code UP_TO_DATE} → {@code up-to-date}: the spelling the schema lists. */
    static String spelling(WaitCondition.Kind kind) { return kind.name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    static WaitCondition.Kind waitKind(String spelling) {
        return WaitCondition.Kind.valueOf(spelling.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static SimpleModule module() {
        SimpleModule module = new SimpleModule("berth-plan");
        module.addSerializer(Size.class, new StdSerializer<>(Size.class) {
            @Override public void serialize(Size size, JsonGenerator out, SerializationContext context) { out.writeNumber(size.bytes()); }
        });
        module.addDeserializer(Size.class, new StdDeserializer<>(Size.class) {
            @Override public Size deserialize(JsonParser in, DeserializationContext context) { return Size.ofBytes(in.getLongValue()); }
        });
        textual(module, Backend.class, Backend::spelling, text -> Backend.of(text).orElseThrow(() -> unknown("backend", text)));
        textual(module, WaitCondition.Kind.class, OperationJson::spelling, OperationJson::waitKind);
        return module;
    }

    private static <T> void textual(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, new StdSerializer<T>(type) {
            @Override public void serialize(T value, JsonGenerator out, SerializationContext context) { out.writeString(write.apply(value)); }
        });
        module.addDeserializer(type, new StdDeserializer<T>(type) {
            @Override public T deserialize(JsonParser in, DeserializationContext context) { return read.apply(in.getString()); }
        });
    }

    private static IllegalArgumentException unknown(String what, String text) {
        return new IllegalArgumentException("unknown " + what + " '" + text + "'");
    }
}
