package dev.berth.apply;

import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** berth apply / rollback / unlock in-process on a lab: streams and exit codes. */
class ApplyCliTest {
    @TempDir
    Path dir;

    String stack() { return Examples.FOLDER.resolve("mysql-ha").toString(); }

    String state() { return dir.resolve("state").toString(); }

    @Test
    void withoutATerminalAndWithoutAutoApproveItRefusesToGuess() {
        CliRun run = CliRun.of("apply", stack(), "--state-dir", state());
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--auto-approve"), run::toString);
    }

    @Test
    void applyThenPlanHasNoChanges() {
        CliRun run = CliRun.of("apply", stack(), "--state-dir", state(), "--auto-approve");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("finished  resource.mysql-data-0:skip-initial-sync"), run::toString);
        assertTrue(run.out().contains("Apply succeeded"), run::toString);
        CliRun plan = CliRun.of("plan", stack(), "--state-dir", state(), "--detailed-exitcode");
        assertEquals(0, plan.exitCode(), plan::toString);
    }

    @Test
    void aFaultRollsBackWithExitOneAndJsonEvents() throws Exception {
        assertEquals(0, CliRun.of("lab", "reset", stack(), "--state-dir", state()).exitCode());
        CliRun fault = CliRun.of("lab", "fault", stack(), "worker-2", "--on", "drbdadm adjust *", "--state-dir", state());
        assertEquals(0, fault.exitCode(), fault::toString);
        CliRun run = CliRun.of("apply", stack(), "--state-dir", state(), "--auto-approve", "--format", "json");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().lines().allMatch(line -> line.startsWith("{")), "NDJSON only: " + run.out());
        assertTrue(run.out().contains("\"event\":\"undone\""), run::toString);
        assertTrue(run.out().contains("\"outcome\":\"rolled back\""), run::toString);
    }

    @Test
    void rollbackFindsTheStackFromTheJournalAloneAndUnlockSaysWhatItDid() throws Exception {
        assertEquals(0, CliRun.of("lab", "reset", stack(), "--state-dir", state()).exitCode());
        CliRun.of("lab", "fault", stack(), "worker-3", "--on", "drbdadm adjust *", "--state-dir", state());
        CliRun failed = CliRun.of("apply", stack(), "--state-dir", state(), "--auto-approve");
        assertEquals(1, failed.exitCode(), failed::toString);
        Path journal;
        try (Stream<Path> files = Files.list(dir.resolve("state/journal"))) {
            journal = files.findFirst().orElseThrow();
        }
        CliRun rollback = CliRun.of("rollback", journal.toString());
        assertEquals(0, rollback.exitCode(), rollback::toString);
        CliRun unlock = CliRun.of("unlock", stack(), "--state-dir", state());
        assertEquals(0, unlock.exitCode(), unlock::toString);
        assertTrue(unlock.out().contains("no locks held"), unlock::toString);
    }
}
