package dev.berth.apply;

import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import dev.berth.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@code berth apply} prints when stdout is not a terminal (a CI log, a pipe): one line per
 * step phase, a wait's progress at each tenth with DRBD's estimate, then the report. One step at a time on the
 * lab's virtual clock, so the stream is the same on every run.
 */
class ApplyTextStreamTest {
    @TempDir
    Path dir;

    @Test
    void aThickPoolWithAFullInitialSync() {
        String stack = Examples.FOLDER.resolve("multi-volume-thick").toString();
        CliRun run = CliRun.of("apply", stack, "--lab", "--state-dir", dir.toString(), "--auto-approve", "--parallelism", "1");
        assertEquals(0, run.exitCode(), run::toString);
        // the plan shown before the question has its own golden files; this one is the stream after it
        String stream = run.out().substring(run.out().indexOf("\nstarted") + 1).lines()
                .map(line -> line.startsWith("Journal: ") ? "Journal: STATE/journal/…" : line.replace(stack, "STACK"))
                .collect(Collectors.joining("\n", "", "\n"));
        Golden.verify("apply/text-stream", stream);
    }
}
