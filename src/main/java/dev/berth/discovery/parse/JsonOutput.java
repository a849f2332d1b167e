package dev.berth.discovery.parse;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a command's JSON stdout and runs a reader over it, turning every problem into a
 * {@link Parsed} failure at a line and column: Jackson's own position for broken syntax
 * (truncated output, a stray line), and for a wrong type or a missing field the position of the
 * offending value, found by a second, streaming pass to the value's JSON pointer.
 */
final class JsonOutput {
    /** Decimals stay BigDecimal so that drbdsetup's {@code 100.00} keeps its two places. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @FunctionalInterface
    interface Reader<T> {
        T read(JsonValue root) throws BadOutput;
    }

    private JsonOutput() {}

    static <T> Parsed<T> read(CommandOutput output, Reader<T> reader) {
        String text = output.stdout();
        if (text.isBlank()) return Parsed.unreadable(OutputProblem.empty(output));
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException syntax) {
            TokenStreamLocation where = syntax.getLocation();
            int line = where == null ? 1 : where.getLineNr();
            int column = where == null ? 1 : where.getColumnNr();
            return Parsed.unreadable(OutputProblem.at(output, line, column, "not valid JSON: " + syntax.getOriginalMessage()));
        }
        try {
            return Parsed.value(reader.read(new JsonValue(root, "")));
        } catch (BadOutput bad) {
            int[] where = locate(text, bad.pointer());
            return Parsed.unreadable(OutputProblem.at(output, where[0], where[1], bad.getMessage(), bad.pointer()));
        }
    }

    /** Line and column of the value at {@code pointer}; the start of the text when it cannot be found. */
    static int[] locate(String text, String pointer) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // A property name carries the same pointer as its value; the value's position is the useful one.
                if (token == JsonToken.PROPERTY_NAME) continue;
                if (parser.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    TokenStreamLocation where = parser.currentTokenLocation();
                    return new int[] {where.getLineNr(), where.getColumnNr()};
                }
            }
        } catch (JacksonException unreachable) {
            // The text parsed a moment ago; fall through to the start rather than fail the diagnostic.
        }
        return new int[] {1, 1};
    }
}
