package dev.berth.journal;

import dev.berth.plan.Plan;
import dev.berth.plan.codec.LoadResult;
import dev.berth.plan.codec.PlanCodec;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a journal back. The plan goes through {@link PlanCodec#load}, so an edited journal cannot
 * smuggle other commands into a resume. A torn last line (the process died mid-write, before the
 * fsync returned) is ignored: its step had not started running yet. Read a line at a time; the
 * plan (in the first line, large for a large plan) is loaded from it as a stream.
 */
public final class JournalReader {
    private JournalReader() {}

    public static JournalHistory read(Path file) {
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null) throw new IllegalArgumentException(file + " is empty: not a Berth journal");
            Header header = header(first, file);
            LoadResult loaded = header.plan();
            Plan plan = loaded.plan().orElseThrow(() -> new IllegalArgumentException("the plan in " + file + " does not load: "
                    + loaded.diagnostics().get(0).message()));
            Map<String, Phase> phases = new HashMap<>();
            List<String> finished = new ArrayList<>();
            Optional<String> outcome = Optional.empty();
            int number = 1;
            boolean torn = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (torn) throw new IllegalArgumentException(file + " line " + (number - 1) + " is not JSON");
                JsonNode node;
                try {
                    node = Journal.JSON.readTree(line);
                } catch (RuntimeException unreadable) {
                    torn = true; // fine only as the last line
                    continue;
                }
                switch (node.path("record").asString()) {
                    case "step" -> {
                        String step = node.path("step").asString();
                        Phase phase = Phase.parse(node.path("phase").asString());
                        phases.put(step, phase);
                        finished.remove(step);
                        if (phase.isDone()) finished.add(step);
                    }
                    case "end" -> outcome = Optional.of(node.path("outcome").asString());
                    case "session" -> outcome = Optional.empty();
                    default -> { } // records a later Berth adds are not ours to judge
                }
            }
            return new JournalHistory(file, header.journalId(), plan, header.origin(), phases, finished, outcome);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file, e);
        }
    }

    private record Header(String journalId, Map<String, String> origin, LoadResult plan) {}

    /** The first line, read token by token: the plan is loaded from it as a stream ({@link PlanCodec#loadObject}), never copied out. */
    private static Header header(String line, Path file) {
        String record = "";
        String journalId = "";
        Map<String, String> origin = new HashMap<>();
        LoadResult plan = null;
        try (JsonParser parser = Journal.JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException(file + " is not a Berth journal");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "record" -> record = parser.getString();
                    case "journal_id" -> journalId = parser.getString();
                    case "origin" -> {
                        while (value == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.PROPERTY_NAME) {
                            String key = parser.currentName();
                            parser.nextToken();
                            origin.put(key, parser.getString());
                        }
                    }
                    case "plan" -> {
                        if (value != JsonToken.START_OBJECT) throw new IllegalArgumentException(file + ": its plan is not a JSON object");
                        plan = PlanCodec.loadObject(parser);
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (tools.jackson.core.JacksonException unreadable) {
            throw new IllegalArgumentException(file + " is not a Berth journal: " + unreadable.getOriginalMessage());
        }
        if (!"apply".equals(record) || plan == null) throw new IllegalArgumentException(file + " is not a Berth journal");
        return new Header(journalId, origin, plan);
    }
}
