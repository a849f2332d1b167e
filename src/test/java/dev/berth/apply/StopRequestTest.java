package dev.berth.apply;

import dev.berth.apply.events.ApplyEvent;
import dev.berth.apply.events.ApplyReport;
import dev.berth.model.Command;
import dev.berth.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C without signals: the flag the CLI raises is raised here after k steps. Once: nothing new
 * starts and what was done is undone (exit 1 before the commit point). Twice: the engine stops at
 * once and leaves locks, records and journal exactly as a crash would, for resume.
 */
class StopRequestTest {
    @TempDir
    Path dir;

    @Test
    void oneRequestBeforeTheCommitPointRollsEverythingBack() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumes(lab);
        SortedMap<String, String> before = lab.projections(plan);
        StopRequest stop = new StopRequest();

        ApplyReport report = engine(lab, stop, 2, 1).apply(plan);

        assertEquals(ApplyReport.Outcome.ROLLED_BACK, report.outcome(), report::toString);
        assertEquals(1, report.exitCode());
        assertTrue(report.problems().get(0).startsWith("interrupted"), report::toString);
        assertTrue(report.nextCommand().endsWith("when you want to go on"), report::toString);
        assertEquals(2, report.undone().size(), "the two finished steps, and nothing started after the request: " + report);
        assertEquals(before, lab.projections(plan));
        assertFalse(lab.lab.host("worker-1").run(Command.of("cat", LockHolder.FILE), "").succeeded(), "locks released");
    }

    @Test
    void aSecondRequestStopsAtOnceAndLeavesTheJournalForResume() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumes(lab);
        StopRequest stop = new StopRequest();

        ApplyReport report = engine(lab, stop, 3, 2).apply(plan);

        assertEquals(ApplyReport.Outcome.STOPPED, report.outcome(), report::toString);
        assertEquals(4, report.exitCode());
        assertTrue(report.undone().isEmpty(), "nothing undone: " + report);
        assertTrue(lab.lab.host(plan.steps().get(0).host()).run(Command.of("cat", LockHolder.FILE), "").succeeded(), "locks kept");
        ApplyReport resumed = lab.engine().resume(lab.journal(report));
        assertEquals(ApplyReport.Outcome.SUCCEEDED, resumed.outcome(), resumed::toString);
    }

    /** One step at a time, so that "after k steps" is exact; the request is raised {@code times} times at the k-th finish. */
    private static ApplyEngine engine(ApplyLab lab, StopRequest stop, int afterSteps, int times) {
        AtomicInteger finished = new AtomicInteger();
        ApplyEnvironment environment = lab.environment().withListener(event -> {
            if (event.kind() == ApplyEvent.Kind.FINISHED && finished.incrementAndGet() == afterSteps) {
                for (int i = 0; i < times; i++) stop.request();
            }
        });
        return new ApplyEngine(environment, ApplyOptions.defaults().withParallelism(1).withHolder("test@lab").stoppedBy(stop));
    }
}
