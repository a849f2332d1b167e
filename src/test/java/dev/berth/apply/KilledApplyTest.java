package dev.berth.apply;

import dev.berth.journal.JournalReader;
import dev.berth.model.Command;
import dev.berth.testing.ChildBerth;
import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code berth apply} in its own JVM, killed with SIGKILL in the middle (no shutdown hook,
 * no finally block runs), then the next commands in this JVM: plan reports the unfinished apply,
 * and {@code --resume} converges or {@code rollback} restores. The lab's latency (real time per
 * command) makes the child slow enough that the kill lands after a known number of journaled
 * steps and well before the commit points (the initial syncs, steps 43 to 51 of 51).
 */
class KilledApplyTest {
    private static final int KILL_AFTER = 12;

    @TempDir
    Path dir;

    private final String stack = Examples.FOLDER.resolve("mysql-ha").toString();
    private Path state;
    private ApplyLab lab;

    @BeforeEach
    void labWithSlowCommands() {
        state = dir.resolve("state");
        lab = new ApplyLab("mysql-ha", state.resolve("lab").resolve("mysql-ha"), state);
        lab.lab.setLatency(Duration.ofMillis(40));
    }

    @Test
    void killedMidApplyThenPlanReportsItAndResumeConverges() {
        Path journal = killedAfter(KILL_AFTER);

        CliRun plan = CliRun.of("plan", stack, "--state-dir", state.toString());
        assertTrue(plan.err().contains("unfinished apply") && plan.err().contains("berth apply --resume " + journal), plan::toString);

        CliRun resume = CliRun.of("apply", "--resume", journal.toString());
        assertEquals(0, resume.exitCode(), resume::toString);
        assertTrue(resume.out().contains("Apply succeeded"), resume::toString);

        CliRun after = CliRun.of("plan", stack, "--state-dir", state.toString(), "--detailed-exitcode");
        assertEquals(0, after.exitCode(), after::toString);
        assertFalse(after.err().contains("unfinished"), after::toString);
    }

    @Test
    void killedMidApplyThenRollbackRestoresTheHosts() {
        SortedMap<String, String> before = lab.projections(lab.plan());
        Path journal = killedAfter(KILL_AFTER);

        CliRun rollback = CliRun.of("rollback", journal.toString());

        assertEquals(0, rollback.exitCode(), rollback::toString);
        assertEquals(before, lab.projections(JournalReader.read(journal).plan()));
        assertFalse(lab.lab.host("worker-1").run(Command.of("cat", LockHolder.FILE), "").succeeded(), "locks released");
        CliRun plan = CliRun.of("plan", stack, "--state-dir", state.toString());
        assertFalse(plan.err().contains("unfinished"), plan::toString);
    }

    /** Starts the apply in a child JVM and kills it once its journal shows {@code steps} finished; returns the journal. */
    private Path killedAfter(int steps) {
        ChildBerth child = ChildBerth.start(dir, "apply", "apply", stack, "--state-dir", state.toString(), "--auto-approve");
        assertTrue(child.awaitWhileRunning(() -> finished() >= steps), () -> "the apply ended before it could be killed: " + child);
        child.killHard();
        int total = JournalReader.read(journal()).plan().steps().size();
        assertTrue(finished() < total, "killed with steps left (" + finished() + " of " + total + ")");
        assertTrue(lines().noneMatch(line -> line.contains("\"record\":\"end\"")), "a killed apply writes no end");
        assertTrue(lab.lab.host("worker-1").run(Command.of("cat", LockHolder.FILE), "").succeeded(), "the locks stay behind");
        lab.lab.setLatency(Duration.ZERO); // what follows runs in this JVM and need not be slow
        return journal();
    }

    private long finished() { return lines().filter(line -> line.contains("\"phase\":\"finished\"")).count(); }

    private Stream<String> lines() {
        try {
            return Files.exists(journal()) ? Files.readAllLines(journal()).stream() : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path journal() {
        Path folder = state.resolve("journal");
        if (!Files.isDirectory(folder)) return folder.resolve("none-yet.jsonl");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> journals = files.filter(f -> f.toString().endsWith(".jsonl")).toList();
            return journals.isEmpty() ? folder.resolve("none-yet.jsonl") : journals.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
