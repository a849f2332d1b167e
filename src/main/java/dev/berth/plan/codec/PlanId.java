package dev.berth.plan.codec;

import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The plan id: SHA-256 (hex) of the plan's canonical JSON without {@code plan_id} — keys sorted
 * at every level, no whitespace, UTF-8, long strings by their digest ({@link LongStrings}). Two plans with the same id do exactly the same thing on
 * the same basis, and a saved plan whose body no longer matches its id was edited after review.
 */
public final class PlanId {
    private PlanId() {}

    /** Elements encoded together by one task; a window of them at a time is held in memory. */
    private static final int CHUNK = 256;
    private static final int WINDOW = CHUNK * 16;

    /**
     * The id of a plan's body; whatever {@code plan.planId()} holds is ignored. The same bytes as
     * {@link #ofBody} of the saved tree, but the long arrays' elements are encoded on every core, a
     * window of chunks at a time, and digested in order: encoding, not hashing, is the cost.
     */
    public static String of(Plan plan) { return of(plan, null); }

    /**
     * The same, showing {@code visit} each top-level value and each long array's element with its
     * JSON pointer, as {@link PlanEncoder#write} does, but from several threads and in no set order.
     * Without {@code visit} (null) the steps are written straight from the records, never as trees.
     */
    static String of(Plan plan, java.util.function.BiConsumer<String, JsonNode> visit) {
        MessageDigest digest = sha256();
        ObjectNode skeleton = PlanEncoder.skeleton(plan);
        List<String> names = new java.util.ArrayList<>(skeleton.propertyNames());
        names.remove("plan_id");
        names.sort(null);
        digest.update((byte) '{');
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            if (k > 0) digest.update((byte) ',');
            digest.update(("\"" + name + "\":").getBytes(StandardCharsets.UTF_8)); // keys are plain snake_case: nothing to escape
            if (PlanEncoder.LONG_ARRAYS.contains(name)) {
                digestArray(digest, plan, name, visit);
                continue;
            }
            if (visit != null) visit.accept("/" + name, skeleton.get(name));
            digest.update(canonicalBytes(generator -> writeSorted(generator, skeleton.get(name), false)));
        }
        digest.update((byte) '}');
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void digestArray(MessageDigest digest, Plan plan, String array, java.util.function.BiConsumer<String, JsonNode> visit) {
        int length = PlanEncoder.length(plan, array);
        digest.update((byte) '[');
        // one buffer per chunk of a window, reused window after window: 150,000 steps are 85 MB of text
        ChunkBuffer[] buffers = new ChunkBuffer[WINDOW / CHUNK];
        for (int b = 0; b < buffers.length; b++) buffers[b] = new ChunkBuffer();
        for (int from = 0; from < length; from += WINDOW) {
            int start = from;
            int end = Math.min(length, from + WINDOW);
            int chunks = (end - start + CHUNK - 1) / CHUNK;
            java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> buffers[c].fill(generator -> {
                generator.writeStartArray();
                for (int i = start + c * CHUNK, last = Math.min(end, start + (c + 1) * CHUNK); i < last; i++) {
                    if (visit == null && array.equals("steps")) {
                        PlanEncoder.writeStep(generator, plan.steps().get(i), true);
                        continue;
                    }
                    JsonNode element = PlanEncoder.element(plan, array, i);
                    if (visit != null) visit.accept("/" + array + "/" + i, element);
                    writeSorted(generator, element, false);
                }
                generator.writeEndArray();
            }));
            for (int c = 0; c < chunks; c++) {
                if (start > 0 || c > 0) digest.update((byte) ',');
                buffers[c].digestElements(digest);
            }
        }
        digest.update((byte) ']');
    }

    /** The canonical bytes of one chunk of elements, written as an array and digested without its brackets. */
    private static final class ChunkBuffer extends java.io.ByteArrayOutputStream {
        ChunkBuffer() { super(CHUNK * 1024); } // about a chunk of steps (600 bytes a step, files by digest)

        void fill(java.util.function.Consumer<JsonGenerator> body) {
            reset();
            try (JsonGenerator generator = new LongStrings(OperationJson.MAPPER.createGenerator(this))) {
                body.accept(generator);
            }
        }

        void digestElements(MessageDigest digest) { digest.update(buf, 1, count - 2); }
    }

    private static byte[] canonicalBytes(java.util.function.Consumer<JsonGenerator> body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator generator = new LongStrings(OperationJson.MAPPER.createGenerator(out))) {
            body.accept(generator);
        }
        return out.toByteArray();
    }

    /**
     * The canonical form's one departure from plain JSON: a string of {@value #LONG} characters or
     * more (resource files, mostly: 100 of a 10,000-resource plan's 185 MB) stands as a NUL byte and
     * the hex SHA-256 of its UTF-8 bytes. Hashing them is cheaper than escaping them for JSON, and
     * the form stays unambiguous: a NUL byte never occurs in JSON text.
     */
    static final int LONG = 256;

    static final class LongStrings extends tools.jackson.core.util.JsonGeneratorDelegate {
        private final MessageDigest digest = sha256();
        /** One resource file's text is one string in all its replicas' write steps, as content and as stdin: hashed once. */
        private final java.util.Map<String, String> digests = new java.util.IdentityHashMap<>();

        LongStrings(JsonGenerator delegate) { super(delegate, true); }

        @Override public JsonGenerator writeString(String text) {
            if (text == null || text.length() < LONG) return super.writeString(text);
            return super.writeRawValue(digests.computeIfAbsent(text,
                    t -> "\u0000" + HexFormat.of().formatHex(digest.digest(t.getBytes(StandardCharsets.UTF_8)))));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The same plan carrying its id: what the planner returns. */
    public static Plan assign(Plan plan) {
        return new Plan(plan.formatVersion(), of(plan), plan.basis(), plan.resourceChanges(), plan.steps(), plan.allocations(),
                plan.refusals(), plan.unmanaged(), plan.deferred());
    }

    /** The same plan on another basis (a git stack's source recorded), with the id that body has. */
    public static Plan assign(Plan plan, Basis basis) {
        return assign(new Plan(plan.formatVersion(), "", basis, plan.resourceChanges(), plan.steps(), plan.allocations(),
                plan.refusals(), plan.unmanaged(), plan.deferred()));
    }

    /** The id of a saved plan's tree, {@code plan_id} left out. */
    static String ofBody(JsonNode document) {
        return digest(generator -> writeSorted(generator, document, true));
    }

    /** SHA-256 of what {@code body} writes, streamed through the digest (never held as text). */
    static String digest(java.util.function.Consumer<JsonGenerator> body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (java.io.OutputStream sink = new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest);
                 JsonGenerator generator = new LongStrings(OperationJson.MAPPER.createGenerator(sink))) {
                body.accept(generator);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sorted keys, no whitespace: the same tree always gives the same bytes, whatever order it was written in. */
    static String canonical(JsonNode node) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator generator = OperationJson.MAPPER.createGenerator(out)) {
            writeSorted(generator, node, false);
        }
        return out.toString();
    }

    /** One value: with sorted keys (canonical), or as the tree holds them. */
    static void write(JsonGenerator generator, JsonNode node, boolean sorted) {
        if (sorted) writeSorted(generator, node, false);
        else generator.writeTree(node);
    }

    /** Streams the tree with sorted keys, so a 10,000-resource plan is hashed without copying it. */
    private static void writeSorted(JsonGenerator generator, JsonNode node, boolean skipPlanId) {
        if (node.isObject()) {
            generator.writeStartObject();
            // most objects are small and many are written in key order already: copy and sort only when not
            java.util.Collection<String> names = node.propertyNames();
            String previous = null;
            for (String name : names) {
                if (previous != null && previous.compareTo(name) > 0) {
                    List<String> sorted = new java.util.ArrayList<>(names);
                    sorted.sort(null);
                    names = sorted;
                    break;
                }
                previous = name;
            }
            for (String name : names) {
                if (skipPlanId && name.equals("plan_id")) continue;
                generator.writeName(name);
                writeSorted(generator, node.get(name), false);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) writeSorted(generator, element, false);
            generator.writeEndArray();
        } else {
            writeScalar(generator, node);
        }
    }

    /** Leaves written directly: {@code writeTree} went through databind's serializer lookup for each of a plan's millions of values. */
    private static void writeScalar(JsonGenerator generator, JsonNode node) {
        if (node.isString()) generator.writeString(node.stringValue());
        else if (node.isIntegralNumber() && node.canConvertToLong()) generator.writeNumber(node.longValue());
        else if (node.isBoolean()) generator.writeBoolean(node.booleanValue());
        else if (node.isNull()) generator.writeNull();
        else generator.writeTree(node);
    }
}
