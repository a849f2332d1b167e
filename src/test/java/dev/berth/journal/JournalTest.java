package dev.berth.journal;

import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.ops.PoolOperations;
import dev.berth.testing.PlanBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A journal written, torn by a crash mid-line, and read back: the plan and each step's last phase. */
class JournalTest {
    @TempDir
    Path dir;

    @Test
    void readsBackThePlanAndTheLastPhaseOfEveryStep() throws Exception {
        PlanBuilder builder = new PlanBuilder();
        String vg = builder.step(new PoolOperations.CreateVolumeGroup("n1", "fast", "vg", List.of("/dev/sdb"), List.of()), "pool");
        builder.step(new PoolOperations.CreateThinPool("n1", "fast", "vg", "thin"), "thin", vg);
        Plan plan = builder.build(new Basis("demo", "sha256:x", "lab:x", new TreeMap<>()));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Path file;
        try (Journal journal = Journal.create(dir, plan, now, Map.of("stack_path", "/stacks/demo"))) {
            file = journal.file();
            journal.started(vg, "n1", List.of(List.of("vgremove", "vg")), now);
            journal.phase(vg, "n1", Phase.FINISHED, List.of(new CommandOutcome(List.of("vgcreate", "vg"), 0, "")), "", now);
            journal.started(plan.steps().get(1).id(), "n1", List.of(), now);
        }
        Files.writeString(file, "{\"record\":\"step\",\"ste", StandardOpenOption.APPEND); // the crash tore the last line

        JournalHistory history = JournalReader.read(file);

        assertTrue(history.journalId().matches("demo-20260101T000000Z-" + plan.planId().substring(0, 12) + "-[0-9a-f]{8}"), history::journalId);
        assertEquals(plan, history.plan());
        assertEquals(Phase.FINISHED, history.phase(vg));
        assertEquals(Phase.STARTED, history.phase(plan.steps().get(1).id()));
        assertEquals(List.of(vg), history.finishedOrder());
        assertEquals("/stacks/demo", history.origin().get("stack_path"));
        assertEquals(java.util.Optional.empty(), history.outcome(), "a crashed apply has no end record");
    }
}
