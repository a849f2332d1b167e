package dev.berth.cli;

import dev.berth.testing.BerthProcesses;
import dev.berth.testing.BerthProcesses.Run;
import dev.berth.testing.BerthProcesses.Started;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C on a real {@code bin/berth apply} process, the way a terminal sends it: a SIGINT to the
 * JVM while steps run on a lab whose every command takes 150 ms. Nothing new starts, the done
 * steps are undone, the exit code is 1, and the next plan is the one before the apply.
 */
class InterruptIT {
    private static final String STACK = "examples/stacks/mysql-ha";

    @TempDir
    Path dir;

    @Test
    void ctrlCDuringAnApplyUndoesWhatItDidAndExitsOne() throws Exception {
        Path state = dir.resolve("state");
        assertEquals(0, berth("lab", "reset", STACK, "--state-dir", state.toString(), "--latency", "150ms").exit());
        String before = summary(berth("plan", STACK, "--lab", "--state-dir", state.toString()));
        assertEquals("Plan: 24 to add, 0 to change, 0 to destroy, 0 blocked.", before);

        // A background job of a non-interactive shell starts with SIGINT ignored; a terminal's
        // foreground job does not, and env --default-signal makes sure this one does not either.
        Started apply = BerthProcesses.start(dir, Map.of(), List.of("env", "--default-signal=INT", "BERTH_CDS=off",
                BerthProcesses.PROJECT.resolve("bin/berth").toString(),
                "apply", STACK, "--lab", "--state-dir", state.toString(), "--auto-approve"));
        awaitJournalLines(state.resolve("journal"), 5, apply);
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(apply.process().pid())).start().waitFor());
        Run interrupted = BerthProcesses.finish(apply);

        assertEquals(1, interrupted.exit(), interrupted::toString);
        assertTrue(interrupted.err().contains("berth: stopping: nothing new starts"), interrupted.err());
        assertTrue(interrupted.out().contains("Undone:"), interrupted.out());
        assertEquals(before, summary(berth("plan", STACK, "--lab", "--state-dir", state.toString())),
                "everything the apply did was undone");
    }

    private static String summary(Run plan) {
        List<String> lines = plan.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static void awaitJournalLines(Path journal, int lines, Started apply) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && apply.process().isAlive()) {
            if (journalLines(journal) >= lines) return;
            Thread.sleep(20);
        }
        throw new AssertionError("the apply wrote fewer than " + lines + " journal lines: " + BerthProcesses.finish(apply));
    }

    private static long journalLines(Path journal) throws IOException {
        if (!Files.isDirectory(journal)) return 0;
        long count = 0;
        try (Stream<Path> files = Files.list(journal)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) count += Files.readAllLines(file).size();
        }
        return count;
    }

    private Run berth(String... args) throws Exception { return BerthProcesses.berth(dir, Map.of(), args); }
}
