package dev.berth.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack's JSON Schemas ({@code schemas/} in the repository, {@code schemas/} on the classpath)
 * and the validator over them. Schema ids map to the bundled files: no network is ever needed.
 */
public final class StackSchema {
    static final String ID_PREFIX = "https://berth.dev/schemas/";
    public static final String STACK_ID = ID_PREFIX + "stack.schema.json";
    private static final List<String> FILES = List.of("stack.schema.json", "drbd-options.schema.json");

    private static final StackSchema INSTANCE = new StackSchema();

    private final Map<String, JsonNode> documents;
    private final Schema stack;

    private StackSchema() {
        ObjectMapper mapper = new ObjectMapper();
        this.documents = FILES.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                file -> ID_PREFIX + file, file -> mapper.readTree(resource(file))));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:schemas/")));
        this.stack = registry.getSchema(SchemaLocation.of(STACK_ID));
    }

    public static StackSchema get() { return INSTANCE; }

    /** Loads and compiles the schemas and their validators ahead of the first stack (a tenth of a short command's start). */
    public static void warmUp() {
        get().validate(new ObjectMapper().createObjectNode());
    }

    public List<Error> validate(JsonNode document) { return stack.validate(document); }

    /** The schema object at an absolute location such as {@code https://…/stack.schema.json#/$defs/node}. */
    public Optional<JsonNode> at(String absoluteLocation) {
        int hash = absoluteLocation.indexOf('#');
        String id = hash < 0 ? absoluteLocation : absoluteLocation.substring(0, hash);
        String fragment = hash < 0 ? "" : absoluteLocation.substring(hash + 1);
        JsonNode document = documents.get(id);
        if (document == null) return Optional.empty();
        JsonNode node = document.at(fragment);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    private static String resource(String file) {
        try (InputStream in = StackSchema.class.getResourceAsStream("/schemas/" + file)) {
            if (in == null) throw new IllegalStateException("schema " + file + " is missing from the jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
