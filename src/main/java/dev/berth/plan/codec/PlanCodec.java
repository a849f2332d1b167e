package dev.berth.plan.codec;

import dev.berth.diag.Diagnostic;
import dev.berth.plan.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
        try (JsonParser parser = OperationJson.MAPPER.createParser(json)) {
            return load(parser);
        }
    }

    /** The saved plan in {@code file}, read as a stream: a plan of any size is never one string or one tree. */
    public static LoadResult load(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file); JsonParser parser = OperationJson.MAPPER.createParser(in)) {
            return load(parser);
        }
    }

    private static LoadResult load(JsonParser parser) {
        try {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return LoadResult.rejected(Diagnostic.error("", "not a plan: the document is not a JSON object"));
            }
            LoadResult loaded = loadObject(parser);
            if (parser.nextToken() != null) {
                return LoadResult.rejected(Diagnostic.error("", "not a plan: more JSON after the plan's object").withHint(REMAKE));
            }
            return loaded;
        } catch (JacksonException malformed) {
            return malformed(malformed);
        }
    }

    /**
     * The plan whose START_OBJECT {@code parser} is on (in a journal, say), read to its END_OBJECT
     * and checked as {@link #load(String)} checks a saved plan.
     */
    public static LoadResult loadObject(JsonParser parser) {
        PlanReader.Read read;
        try {
            read = PlanReader.readObject(parser);
        } catch (JacksonException malformed) {
            return malformed(malformed);
        }
        ObjectNode document = read.skeleton();
        JsonNode version = document.get("format_version");
        if (version == null || !version.isIntegralNumber()) {
            return LoadResult.rejected(Diagnostic.error("/format_version", "not a plan: no format_version").withHint(REMAKE));
        }
        if (version.asLong() != Plan.FORMAT_VERSION) {
            return LoadResult.rejected(Diagnostic.error("/format_version", "plan format_version " + version.toString()
                    + " is not one this Berth reads (it reads " + Plan.FORMAT_VERSION + ")")
                    .withHint("show or apply it with the Berth that made it, or make the plan again with this one"));
        }
        List<Diagnostic> schemaErrors = new java.util.ArrayList<>(PlanSchema.validate(document));
        schemaErrors.addAll(read.elementErrors());
        if (!schemaErrors.isEmpty()) return LoadResult.rejected(PlanSchema.sorted(schemaErrors));
        Plan plan;
        try {
            if (read.undecodable().isPresent()) throw new IllegalArgumentException(read.undecodable().get());
            plan = PlanDecoder.decode(document, read.changes(), read.steps(), read.allocations());
        } catch (IllegalArgumentException | JacksonException invalid) {
            return LoadResult.rejected(Diagnostic.error("", "not a valid plan: " + invalid.getMessage()).withHint(REMAKE));
        }
        // the id of what was decoded, which is what apply runs: an edit anywhere shows here, but in
        // the summary, which is derived rather than decoded, so it must be what the plan derives
        if (!PlanId.of(plan).equals(plan.planId()) || !sameCounts(document.get("summary"), PlanEncoder.skeleton(plan).get("summary"))) {
            return LoadResult.rejected(Diagnostic.error("/plan_id", "the plan was changed after it was made: its contents no longer match its plan_id")
                    .withHint(REMAKE));
        }
        List<String> leaks = new java.util.ArrayList<>(SecretGuard.leaks(document));
        leaks.addAll(read.leaks());
        if (!leaks.isEmpty()) {
            leaks.sort(java.util.Comparator.comparingInt(PlanCodec::readingRank).thenComparing(PlanCodec::elementIndex));
            return LoadResult.rejected(leaks.stream().map(pointer -> Diagnostic.error(pointer, "a secret value where only its placeholder may be")
                    .withHint("plans keep <redacted:SOURCE>; remove this file and rotate the secret")).toList());
        }
        return LoadResult.loaded(plan);
    }

    /** The same names with the same numbers, whichever integer type each side holds them in. */
    private static boolean sameCounts(JsonNode saved, JsonNode derived) {
        if (saved.size() != derived.size()) return false;
        for (java.util.Map.Entry<String, JsonNode> count : derived.properties()) {
            JsonNode value = saved.get(count.getKey());
            if (value == null || !value.isIntegralNumber() || value.asLong() != count.getValue().asLong()) return false;
        }
        return true;
    }

    private static LoadResult malformed(JacksonException malformed) {
        return LoadResult.rejected(Diagnostic.error("", "not a plan: malformed JSON (" + where(malformed) + ")").withHint(REMAKE));
    }

    /** {@code line 3, column 7: Unexpected end-of-input}, without the parser's notes on its own input source. */
    private static String where(JacksonException malformed) {
        String message = malformed.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(start marker at .*$", "");
        if (malformed.getLocation() == null || malformed.getLocation().getLineNr() < 0) return message;
        return "line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ": " + message;
    }
}
