package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.journal.InProgressRecord;
import dev.berth.model.Command;
import dev.berth.plan.Plan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crash after k steps (the engine stops dead: no undo, locks and in-progress records left, no
 * end in the journal), then {@code --resume} converges to what a clean apply gives, and
 * {@code rollback} restores what was there before.
 */
class CrashTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> aCrashAtAnyStepThenResumeConverges() {
        SortedMap<String, String> converged = convergedProjections();
        int steps = LvmPlans.volumes(new ApplyLab("mysql-ha", dir.resolve("count"))).steps().size();
        return IntStream.range(1, steps).mapToObj(k -> DynamicTest.dynamicTest("crash after " + k + " steps, resume", () -> {
            ApplyLab lab = new ApplyLab("mysql-ha", dir.resolve("resume" + k));
            Plan plan = LvmPlans.volumes(lab);
            ApplyReport crashed = crash(lab, plan, k);
            assertTrue(lab.lab.host(plan.steps().get(0).host()).run(Command.of("cat", InProgressRecord.PATH), "").succeeded(),
                    "the hosts tell another machine that an apply is unfinished");

            ApplyReport resumed = lab.engine().resume(lab.journal(crashed));

            assertEquals(ApplyReport.Outcome.SUCCEEDED, resumed.outcome(), resumed::toString);
            assertEquals(converged, lab.projections(plan.steps().stream().map(s -> s.host()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                    java.util.Set.of(LvmPlans.RESOURCE)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aCrashAtAnyStepThenRollbackRestores() {
        int steps = LvmPlans.volumes(new ApplyLab("mysql-ha", dir.resolve("count"))).steps().size();
        return IntStream.range(1, steps).mapToObj(k -> DynamicTest.dynamicTest("crash after " + k + " steps, rollback", () -> {
            ApplyLab lab = new ApplyLab("mysql-ha", dir.resolve("rollback" + k));
            Plan plan = LvmPlans.volumes(lab);
            SortedMap<String, String> before = lab.projections(plan);
            ApplyReport crashed = crash(lab, plan, k);

            ApplyReport undone = lab.engine().rollback(lab.journal(crashed));

            assertEquals(ApplyReport.Outcome.UNDONE, undone.outcome(), undone::toString);
            assertEquals(0, undone.exitCode());
            assertEquals(before, lab.projections(plan));
            assertFalse(lab.lab.host("worker-1").run(Command.of("cat", LockHolder.FILE), "").succeeded(), "locks released");
        }));
    }

    private ApplyReport crash(ApplyLab lab, Plan plan, int k) {
        ApplyReport crashed = lab.engine(ApplyOptions.defaults().withParallelism(2).haltingAfter(k)).apply(plan);
        assertEquals(ApplyReport.Outcome.STOPPED, crashed.outcome(), crashed::toString);
        assertTrue(lab.lab.host(plan.steps().get(0).host()).run(Command.of("cat", LockHolder.FILE), "").succeeded(), "a crash keeps its locks");
        return crashed;
    }

    private SortedMap<String, String> convergedProjections() {
        ApplyLab clean = new ApplyLab("mysql-ha", dir.resolve("clean"));
        Plan plan = LvmPlans.volumes(clean);
        assertEquals(ApplyReport.Outcome.SUCCEEDED, clean.apply(plan).outcome());
        return clean.projections(plan);
    }
}
