package dev.berth.plan.codec;

import dev.berth.diag.Diagnostic;
import dev.berth.plan.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Saves a plan as JSON and loads it back. Loading checks, cheapest and most telling first: JSON,
 * format version, schema, id, secrets; then decodes and re-derives the id from the decoded plan,
 * so that what apply runs is byte for byte what was digested.
 */
public final class PlanCodec {
    private static final String REMAKE = "make the plan again with `berth plan STACK --out FILE`; a saved plan is never edited";

    private PlanCodec() {}

    /** The saved form: pretty JSON in reading order, ending with a newline. */
    public static String save(Plan plan) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        save(plan, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The saved form, streamed to {@code out} (UTF-8) one element at a time: a 10,000-resource
     * plan is never one tree or one string. Checks first (id and secrets, in one pass), then writes.
     */
    public static void save(Plan plan, java.io.OutputStream out) {
        List<String> leaks = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        String id = PlanId.of(plan, (pointer, node) -> leaks.addAll(SecretGuard.leaks(node, pointer)));
        // a wrong id would make the saved plan unloadable: a planner bug, caught where it happens
        if (!id.equals(plan.planId())) throw new IllegalArgumentException("plan id " + plan.planId() + " is not its body's " + id + " (use PlanId.assign)");
        if (!leaks.isEmpty()) {
            leaks.sort(java.util.Comparator.comparingInt(PlanCodec::readingRank).thenComparing(PlanCodec::elementIndex));
            throw new IllegalArgumentException("the plan holds a secret value at " + leaks + "; plans keep only placeholders");
        }
        java.io.OutputStream unclosed = new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws java.io.IOException { out.write(b, off, len); }
            @Override public void close() throws java.io.IOException { flush(); }
        };
        try (JsonGenerator generator = OperationJson.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).createGenerator(unclosed)) {
            PlanEncoder.write(plan, generator, false, true, (pointer, node) -> {});
        }
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Leaks are reported in the saved document's order, though they are found while digesting in key order. */
    private static final List<String> READING_ORDER = List.of("format_version", "plan_id", "summary", "refusals", "deferred", "resource_changes",
            "steps", "allocations", "unmanaged", "basis");

    private static int readingRank(String pointer) {
        String top = pointer.split("/", 3)[1];
        int rank = READING_ORDER.indexOf(top);
        return rank < 0 ? READING_ORDER.size() : rank;
    }

    private static int elementIndex(String pointer) {
        String[] parts = pointer.split("/", 4);
        if (parts.length < 3 || !PlanEncoder.LONG_ARRAYS.contains(parts[1])) return 0;
        try {
            return Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static LoadResult load(String json) {
        JsonNode tree;
        try {
            tree = OperationJson.MAPPER.readTree(json);
        } catch (JacksonException malformed) {
            return LoadResult.rejected(Diagnostic.error("", "not a plan: malformed JSON (" + where(malformed) + ")").withHint(REMAKE));
        }
        if (tree == null || !tree.isObject()) return LoadResult.rejected(Diagnostic.error("", "not a plan: the document is not a JSON object"));
        JsonNode version = tree.get("format_version");
        if (version == null || !version.isIntegralNumber()) {
            return LoadResult.rejected(Diagnostic.error("/format_version", "not a plan: no format_version").withHint(REMAKE));
        }
        if (version.asLong() != Plan.FORMAT_VERSION) {
            return LoadResult.rejected(Diagnostic.error("/format_version", "plan format_version " + version.toString()
                    + " is not one this Berth reads (it reads " + Plan.FORMAT_VERSION + ")")
                    .withHint("show or apply it with the Berth that made it, or make the plan again with this one"));
        }
        List<Diagnostic> schemaErrors = PlanSchema.validate(tree);
        if (!schemaErrors.isEmpty()) return LoadResult.rejected(schemaErrors);
        if (!PlanId.ofBody(tree).equals(tree.get("plan_id").asString())) {
            return LoadResult.rejected(Diagnostic.error("/plan_id", "the plan was changed after it was made: its contents no longer match its plan_id")
                    .withHint(REMAKE));
        }
        List<String> leaks = SecretGuard.leaks(tree);
        if (!leaks.isEmpty()) {
            return LoadResult.rejected(leaks.stream().map(pointer -> Diagnostic.error(pointer, "a secret value where only its placeholder may be")
                    .withHint("plans keep <redacted:SOURCE>; remove this file and rotate the secret")).toList());
        }
        return decode(tree);
    }

    /** {@code line 3, column 7: Unexpected end-of-input}, without the parser's notes on its own input source. */
    private static String where(JacksonException malformed) {
        String message = malformed.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(start marker at .*$", "");
        if (malformed.getLocation() == null || malformed.getLocation().getLineNr() < 0) return message;
        return "line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ": " + message;
    }

    private static LoadResult decode(JsonNode tree) {
        Plan plan;
        try {
            plan = PlanDecoder.decode(tree);
        } catch (IllegalArgumentException | JacksonException invalid) {
            return LoadResult.rejected(Diagnostic.error("", "not a valid plan: " + invalid.getMessage()).withHint(REMAKE));
        }
        // the schema and the records agree on every field, or this says which side forgot one
        if (!PlanId.of(plan).equals(plan.planId())) {
            return LoadResult.rejected(Diagnostic.error("", "the plan does not decode to what was saved (a Berth bug: please report it)"));
        }
        return LoadResult.loaded(plan);
    }
}
