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
import java.util.stream.Collectors;

/**
 * {@code schemas/plan.schema.json}, read from the classpath (the build copies {@code schemas/}
 * into the jar; no network is ever needed), and its errors as diagnostics pointing into the plan.
 */
final class PlanSchema {
    static final String ID = "https://berth.dev/schemas/plan.schema.json";
    /** A broken plan can fail the same rule thousands of times; the first few say enough. */
    static final int MAX_DIAGNOSTICS = 20;

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://berth.dev/schemas/", "classpath:schemas/")))
            .getSchema(SchemaLocation.of(ID));

    private PlanSchema() {}

    static List<Diagnostic> validate(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(PlanSchema::diagnostic)
                .distinct()
                .sorted(Comparator.comparing(Diagnostic::pointer).thenComparing(Diagnostic::message))
                .limit(MAX_DIAGNOSTICS)
                .collect(Collectors.toList());
    }

    private static Diagnostic diagnostic(Error error) {
        String message = error.getMessage() == null ? error.getKeyword() + " failed" : error.getMessage();
        return Diagnostic.error(pointer(error.getInstanceLocation()), "the plan does not match its schema: " + message)
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
