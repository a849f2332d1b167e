package dev.berth.journal;

import dev.berth.plan.Plan;
import dev.berth.plan.codec.PlanCodec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Appends an apply's records, one JSON object per line, each forced to disk before the call
 * returns: a step's "started" line is durable before its first command runs, so after a crash the
 * journal never claims less than what may have happened. Safe to call from the walk's threads.
 */
public final class Journal implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file, e);
        }
    }

    /** {@code <stateDir>/journal/<stack>-<time>-<plan id prefix>.jsonl}, starting with the whole plan and where it came from. */
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    public static Journal create(Path stateDir, Plan plan, Instant now, Map<String, String> origin) {
        // A random part: the journal id also names the apply that holds the host locks, so two applies of
        // the same plan in the same second (two threads, two CI runners) must never share one.
        String id = plan.basis().stack() + "-" + STAMP.format(now) + "-" + plan.planId().substring(0, Math.min(12, plan.planId().length()))
                + "-" + java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4).putInt(RANDOM.nextInt()).array());
        Path file = stateDir.resolve("journal").resolve(id + ".jsonl");
        Journal journal = new Journal(file);
        journal.header(id, plan, now, origin);
        return journal;
    }

    /**
     * The first line, streamed: the saved plan's bytes are re-read token by token into one compact
     * line on the file, so a 150,000-step plan is not also held as a JSON tree and a second string.
     */
    private synchronized void header(String id, Plan plan, Instant now, Map<String, String> origin) {
        SavedBytes saved = new SavedBytes();
        PlanCodec.save(plan, saved);
        // the generator closes its target when it is done; the journal's channel must stay open, so it gets a stream that only flushes
        java.io.OutputStream out = new java.io.BufferedOutputStream(new java.io.FilterOutputStream(java.nio.channels.Channels.newOutputStream(channel)) {
            @Override public void write(byte[] b, int off, int len) throws IOException { this.out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        }, 1 << 16);
        try (tools.jackson.core.JsonParser parser = JSON.createParser(saved.buffer(), 0, saved.size());
             tools.jackson.core.JsonGenerator line = JSON.createGenerator(out)) {
            line.writeStartObject();
            line.writeStringProperty("record", "apply");
            line.writeStringProperty("journal_id", id);
            line.writeStringProperty("plan_id", plan.planId());
            line.writeStringProperty("stack", plan.basis().stack());
            line.writeStringProperty("time", now.toString());
            line.writeObjectPropertyStart("origin");
            for (Map.Entry<String, String> entry : new TreeMap<>(origin).entrySet()) line.writeStringProperty(entry.getKey(), entry.getValue());
            line.writeEndObject();
            line.writeName("plan");
            parser.nextToken();
            line.copyCurrentStructure(parser);
            line.writeEndObject();
        }
        try {
            out.write('\n');
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    /** Opens an existing journal to continue it (resume, rollback), marking where the new session begins. */
    public static Journal reopen(Path file, String session, Instant now) {
        Journal journal = new Journal(file);
        journal.append(JSON.createObjectNode().put("record", "session").put("kind", session).put("time", now.toString()));
        return journal;
    }

    public Path file() { return file; }

    public String id() { return file.getFileName().toString().replaceFirst("\\.jsonl$", ""); }

    /** Before the first command: the step, its host, and the undo that would revert it. */
    public void started(String step, String host, List<List<String>> undo, Instant now) {
        ObjectNode node = stepNode(step, host, Phase.STARTED, now);
        ArrayNode undoNode = node.putArray("undo");
        undo.forEach(argv -> argv.forEach(undoNode.addArray()::add));
        append(node);
    }

    public void phase(String step, String host, Phase phase, List<CommandOutcome> commands, String message, Instant now) {
        ObjectNode node = stepNode(step, host, phase, now);
        ArrayNode list = node.putArray("commands");
        for (CommandOutcome outcome : commands) {
            ObjectNode command = list.addObject();
            outcome.argv().forEach(command.putArray("argv")::add);
            command.put("exit_code", outcome.exitCode()).put("stderr", outcome.stderr());
        }
        if (!message.isEmpty()) node.put("message", message);
        append(node);
    }

    public void ended(String outcome, Instant now) {
        append(JSON.createObjectNode().put("record", "end").put("outcome", outcome).put("time", now.toString()));
    }

    private static ObjectNode stepNode(String step, String host, Phase phase, Instant now) {
        return JSON.createObjectNode().put("record", "step").put("step", step).put("host", host).put("phase", phase.spelling())
                .put("time", now.toString());
    }

    private synchronized void append(ObjectNode node) {
        byte[] line = (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) channel.write(buffer);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The saved plan's bytes, read in place rather than copied out. */
    private static final class SavedBytes extends java.io.ByteArrayOutputStream {
        byte[] buffer() { return buf; }
    }
}
