package dev.berth.journal;

import dev.berth.plan.Plan;
import dev.berth.plan.codec.LoadResult;
import dev.berth.plan.codec.PlanCodec;
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
 * fsync returned) is ignored: its step had not started running yet.
 */
public final class JournalReader {
    private JournalReader() {}

    public static JournalHistory read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file, e);
        }
        if (lines.isEmpty()) throw new IllegalArgumentException(file + " is empty: not a journal");
        JsonNode header = Journal.JSON.readTree(lines.get(0));
        if (!"apply".equals(header.path("record").asString())) throw new IllegalArgumentException(file + " is not a Berth journal");
        LoadResult loaded = PlanCodec.load(Journal.JSON.writeValueAsString(header.path("plan")));
        Plan plan = loaded.plan().orElseThrow(() -> new IllegalArgumentException("the plan in " + file + " does not load: "
                + loaded.diagnostics().get(0).message()));
        Map<String, String> origin = new HashMap<>();
        header.path("origin").properties().forEach(e -> origin.put(e.getKey(), e.getValue().asString()));
        Map<String, Phase> phases = new HashMap<>();
        List<String> finished = new ArrayList<>();
        Optional<String> outcome = Optional.empty();
        for (int i = 1; i < lines.size(); i++) {
            JsonNode node;
            try {
                node = Journal.JSON.readTree(lines.get(i));
            } catch (RuntimeException torn) {
                if (i == lines.size() - 1) break;
                throw new IllegalArgumentException(file + " line " + (i + 1) + " is not JSON");
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
        return new JournalHistory(file, header.path("journal_id").asString(), plan, origin, phases, finished, outcome);
    }
}
