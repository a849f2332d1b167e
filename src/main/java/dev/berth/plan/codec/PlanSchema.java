package dev.berth.plan.codec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.berth.diag.Diagnostic;
import tools.jackson.databind.JsonNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code schemas/plan.schema.json}, read from the classpath (the build copies {@code schemas/}
 * into the jar; no network is ever needed), and its errors as diagnostics pointing into the plan.
 */
final class PlanSchema {
    static final String ID = "https://berth.dev/schemas/plan.schema.json";
    /** A broken plan can fail the same rule thousands of times; the first few say enough. */
    static final int MAX_DIAGNOSTICS = 20;

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://berth.dev/schemas/", "classpath:schemas/")));
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(ID));
    /** The schema of one element of each long array, so that a plan is checked one element at a time. */
    private static final Map<String, Schema> ELEMENTS = Map.of(
            "resource_changes", REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/resourceChange")),
            "steps", REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/step")),
            "allocations", REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/allocation")));

    private PlanSchema() {}

    /** The document's problems, sorted by where they are, the first {@link #MAX_DIAGNOSTICS}. */
    static List<Diagnostic> validate(JsonNode document) {
        return sorted(SCHEMA.validate(document).stream().map(error -> diagnostic(error, "")).toList());
    }

    /** The problems of element {@code index} of the long array {@code array}, pointing into the whole plan. */
    static List<Diagnostic> validateElement(String array, int index, JsonNode element) {
        String at = "/" + array + "/" + index;
        return ELEMENTS.get(array).validate(element).stream().map(error -> diagnostic(error, at)).toList();
    }

    static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .distinct()
                .sorted(Comparator.comparing(Diagnostic::pointer).thenComparing(Diagnostic::message))
                .limit(MAX_DIAGNOSTICS)
                .collect(Collectors.toList());
    }

    private static Diagnostic diagnostic(Error error, String at) {
        String message = error.getMessage() == null ? error.getKeyword() + " failed" : error.getMessage();
        return Diagnostic.error(at + pointer(error.getInstanceLocation()), "the plan does not match its schema: " + message)
                .withHint("a saved plan is written by `berth plan --out`; make it again rather than editing it");
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
