package dev.berth.apply;

import dev.berth.apply.events.ApplyEvent;
import dev.berth.apply.events.ApplyReport;
import dev.berth.model.Command;
import dev.berth.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C during {@code berth rollback}, through the engine's {@link StopRequest} (as the CLI raises
 * it): once, the running undo step finishes and no other starts, the locks are released and the
 * journal says "stopped", so a second rollback finishes the job; twice, the locks stay too, as
 * after a crash, and the next rollback takes them over.
 */
class RollbackStopTest {
    @TempDir
    Path dir;

    @Test
    void oneRequestFinishesTheRunningUndoStepAndLeavesTheRestForAnotherRollback() throws Exception {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumes(lab);
        SortedMap<String, String> before = lab.projections(plan);
        Path journal = crashAfter(lab, plan, 5);

        ApplyReport stopped = rollback(lab, 1).rollback(journal);

        assertEquals(ApplyReport.Outcome.STOPPED, stopped.outcome(), stopped::toString);
        assertEquals(4, stopped.exitCode());
        assertEquals(1, stopped.undone().size(), "only the step that was running when the request came: " + stopped);
        assertEquals(4, stopped.done().size(), stopped::toString);
        assertTrue(stopped.problems().get(0).startsWith("the rollback was interrupted"), stopped::toString);
        assertFalse(lab.lab.host("worker-1").run(Command.of("cat", LockHolder.FILE), "").succeeded(), "locks released");
        assertTrue(Files.readString(journal).strip().endsWith("\"outcome\":\"stopped\",\"time\":\"" + lab.lab.clock().now() + "\"}"));

        ApplyReport again = lab.engine().rollback(journal);
        assertEquals(ApplyReport.Outcome.UNDONE, again.outcome(), again::toString);
        assertEquals(before, lab.projections(plan));
    }

    @Test
    void aSecondRequestAlsoKeepsTheLocksAndTheNextRollbackTakesThemOver() throws Exception {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumes(lab);
        SortedMap<String, String> before = lab.projections(plan);
        Path journal = crashAfter(lab, plan, 5);

        ApplyReport stopped = rollback(lab, 2).rollback(journal);

        assertEquals(ApplyReport.Outcome.STOPPED, stopped.outcome(), stopped::toString);
        assertEquals(4, stopped.exitCode());
        assertEquals(1, stopped.undone().size(), stopped::toString);
        assertTrue(lab.lab.host("worker-1").run(Command.of("cat", LockHolder.FILE), "").succeeded(), "locks kept, as a crash would");
        assertFalse(Files.readString(journal).contains("\"record\":\"end\""), "no end line, as a crash would");

        ApplyReport again = lab.engine().rollback(journal);
        assertEquals(ApplyReport.Outcome.UNDONE, again.outcome(), again::toString);
        assertEquals(before, lab.projections(plan));
        assertFalse(lab.lab.host("worker-1").run(Command.of("cat", LockHolder.FILE), "").succeeded(), "locks released");
    }

    private static Path crashAfter(ApplyLab lab, Plan plan, int steps) {
        ApplyReport crashed = lab.engine(ApplyOptions.defaults().withParallelism(1).haltingAfter(steps)).apply(plan);
        assertEquals(ApplyReport.Outcome.STOPPED, crashed.outcome(), crashed::toString);
        return lab.journal(crashed);
    }

    /** A rollback engine whose stop request is raised {@code times} times while the first undo step runs (at its event). */
    private static ApplyEngine rollback(ApplyLab lab, int times) {
        StopRequest stop = new StopRequest();
        AtomicInteger undone = new AtomicInteger();
        ApplyEnvironment environment = lab.environment().withListener(event -> {
            if (event.kind() == ApplyEvent.Kind.UNDONE && undone.incrementAndGet() == 1) {
                for (int i = 0; i < times; i++) stop.request();
            }
        });
        return new ApplyEngine(environment, ApplyOptions.defaults().withHolder("test@lab").stoppedBy(stop));
    }
}
