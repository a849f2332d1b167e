package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.plan.Plan;
import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An apply that crashed (halted after a few steps, its in-progress records left on the hosts):
 * plan warns with the journal and the two ways out, apply refuses with the same words, and a
 * rollback clears the way again.
 */
class UnfinishedApplyTest {
    @TempDir
    Path dir;

    @Test
    void planWarnsAndApplyRefusesUntilTheUnfinishedApplyIsRolledBack() {
        Path state = dir.resolve("state");
        ApplyLab lab = new ApplyLab("mysql-ha", state.resolve("lab").resolve("mysql-ha"), state);
        ApplyReport crashed = lab.engine(ApplyOptions.defaults().haltingAfter(3)).apply(lab.plan());
        assertEquals(ApplyReport.Outcome.STOPPED, crashed.outcome(), crashed::toString);
        String journalId = lab.journal(crashed).getFileName().toString().replace(".jsonl", "");
        String stack = Examples.FOLDER.resolve("mysql-ha").toString();

        CliRun plan = CliRun.of("plan", stack, "--state-dir", state.toString());
        // its exit code is the plan's own (a half-built pool may refuse it); the warning comes either way
        assertTrue(plan.err().contains("warning: an unfinished apply is recorded on ") && plan.err().contains("journal " + journalId),
                plan::toString);
        assertTrue(plan.err().contains("berth apply --resume " + lab.journal(crashed)), plan::toString);
        assertTrue(plan.err().contains("berth rollback " + lab.journal(crashed)), plan::toString);

        CliRun apply = CliRun.of("apply", stack, "--state-dir", state.toString(), "--auto-approve");
        assertEquals(3, apply.exitCode(), apply::toString);
        assertTrue(apply.err().contains("journal " + journalId) && apply.err().contains("berth rollback "), apply::toString);
        assertTrue(apply.err().contains("the lock on worker-1 is held by test@lab (pid "), "the crashed run still holds the locks: " + apply);

        assertEquals(ApplyReport.Outcome.UNDONE, lab.engine().rollback(lab.journal(crashed)).outcome());
        CliRun again = CliRun.of("plan", stack, "--state-dir", state.toString());
        assertTrue(!again.err().contains("unfinished"), again::toString);
    }

    @Test
    void aCrashThePlanDoesNotSeeAsAChangeIsStillReportedAndRefused() {
        Path state = dir.resolve("state");
        ApplyLab lab = new ApplyLab("mysql-ha", state.resolve("lab").resolve("mysql-ha"), state);
        Plan plan = lab.plan();
        // every backing volume, resource file and metadata made, and one replica up: a kill -9 on real
        // hosts left this, and the plan saw no change, so only the hosts' records tell
        int made = (int) plan.steps().stream().filter(step -> step.id().endsWith(":create-backing-volume")
                || step.id().endsWith(":write-resource-file") || step.id().endsWith(":create-metadata")).count();
        ApplyReport crashed = lab.engine(ApplyOptions.defaults().withParallelism(1).haltingAfter(made + 1)).apply(plan);
        assertEquals(ApplyReport.Outcome.STOPPED, crashed.outcome(), crashed::toString);
        String stack = Examples.FOLDER.resolve("mysql-ha").toString();

        CliRun planned = CliRun.of("plan", stack, "--state-dir", state.toString());
        assertTrue(planned.err().contains("berth apply --resume " + lab.journal(crashed)), planned::toString);
        CliRun apply = CliRun.of("apply", stack, "--state-dir", state.toString(), "--auto-approve");
        assertEquals(3, apply.exitCode(), apply::toString);
        assertTrue(apply.err().contains("berth rollback " + lab.journal(crashed)), apply::toString);
    }

    @Test
    void applyNamesWhoHoldsTheLocksBeforeTheWaysOut() {
        Path state = dir.resolve("state");
        ApplyLab lab = new ApplyLab("mysql-ha", state.resolve("lab").resolve("mysql-ha"), state);
        ApplyReport crashed = lab.engine(ApplyOptions.defaults().haltingAfter(3)).apply(lab.plan());
        assertEquals(ApplyReport.Outcome.STOPPED, crashed.outcome(), crashed::toString);

        // the records and the locks alike may belong to an apply that is still running: its holder is named first
        CliRun apply = CliRun.of("apply", Examples.FOLDER.resolve("mysql-ha").toString(), "--state-dir", state.toString(), "--auto-approve");
        assertEquals(3, apply.exitCode(), apply::toString);
        String held = "berth: the lock on worker-1 is held by ";
        assertTrue(apply.err().contains(held) && apply.err().contains("(pid " + ProcessHandle.current().pid() + ", plan "), apply::toString);
        assertTrue(apply.err().contains("; if that apply is still running, wait for it"), apply::toString);
        assertTrue(apply.err().indexOf(held) < apply.err().indexOf("berth: an unfinished apply is recorded"), apply::toString);
    }

    @Test
    void theEngineNamesTheUnfinishedApplyBehindAHeldLockAndRefusesEvenOnceItIsUnlocked() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = lab.plan();
        ApplyReport crashed = lab.engine(ApplyOptions.defaults().haltingAfter(2)).apply(plan);
        String journalId = lab.journal(crashed).getFileName().toString().replace(".jsonl", "");

        ApplyReport second = lab.apply(plan);

        assertEquals(ApplyReport.Outcome.REFUSED, second.outcome(), second::toString);
        assertEquals(3, second.exitCode());
        assertTrue(second.problems().get(0).contains("is held by"), "a held lock is said first: " + second);
        assertTrue(second.problems().get(1).contains("journal " + journalId), second::toString);

        lab.lab.clock().advance(java.time.Duration.ofMinutes(11)); // the crashed apply's lease runs out and is unlocked
        Unlock.unlock(lab.environment(), lab.cluster.nodes().keySet(), false);
        ApplyReport third = lab.apply(plan);
        assertEquals(ApplyReport.Outcome.REFUSED, third.outcome(), third::toString);
        assertTrue(third.problems().get(0).contains("unfinished apply") && third.problems().get(0).contains(journalId), third::toString);
    }
}
