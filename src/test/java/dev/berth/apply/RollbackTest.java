package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.journal.CommandOutcome;
import dev.berth.ops.FileOperations;
import dev.berth.plan.Basis;
import dev.berth.testing.PlanBuilder;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import dev.berth.sim.Fault;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fault at every step: the last command of step k fails (so the step half ran), and the hosts
 * must come back to exactly where they started, compared by the basis projection. Past a commit
 * point the resource stays, and the report says to resume.
 */
class RollbackTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> aFaultAtAnyStepRollsTheHostsBack() {
        int steps = LvmPlans.volumes(new ApplyLab("mysql-ha", dir.resolve("count"))).steps().size();
        return IntStream.range(0, steps).mapToObj(k -> DynamicTest.dynamicTest("fault at step " + k, () -> {
            ApplyLab lab = new ApplyLab("mysql-ha", dir.resolve("k" + k));
            Plan plan = LvmPlans.volumes(lab);
            SortedMap<String, String> before = lab.projections(plan);
            Step step = plan.steps().get(k);
            lab.lab.fault(step.host(), Fault.fail(last(step)));

            ApplyReport report = lab.apply(plan);

            assertEquals(ApplyReport.Outcome.ROLLED_BACK, report.outcome(), report::toString);
            assertEquals(1, report.exitCode());
            assertTrue(report.problems().get(0).startsWith(step.id() + " failed"), report::toString);
            assertEquals(before, lab.projections(plan), "the hosts are back where they started");
            assertTrue(report.left().isEmpty(), report::toString);
        }));
    }

    @Test
    void pastTheCommitPointTheResourceIsLeftForResume() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumesThenGrow(lab);
        Step lastGrow = plan.steps().get(plan.steps().size() - 1);
        lab.lab.fault(lastGrow.host(), Fault.fail(last(lastGrow)));

        ApplyReport report = new ApplyEngine(lab.environment(), ApplyOptions.defaults().withParallelism(1)).apply(plan);

        assertEquals(ApplyReport.Outcome.STOPPED, report.outcome(), report::toString);
        assertEquals(4, report.exitCode());
        assertTrue(report.left().stream().anyMatch(l -> l.why().contains("past the commit point of r0")), report::toString);
        assertTrue(report.nextCommand().contains("--resume"), report.nextCommand());
        lab.lab.clearFaults(lastGrow.host());
        ApplyReport resumed = lab.engine().resume(lab.journal(report));
        assertEquals(ApplyReport.Outcome.SUCCEEDED, resumed.outcome(), resumed::toString);
        assertEquals(plan.steps().size(), resumed.done().size(), resumed::toString);
        for (String node : lab.cluster.nodes().keySet()) {
            assertEquals(1, lab.history(node).stream().filter(line -> line.startsWith("lvcreate --virtualsize")).count(),
                    "a step the journal saw finish never runs again on " + node);
        }
    }

    @Test
    void aFailedStepUndoesOnlyTheMovesItMade() {
        PlanBuilder builder = new PlanBuilder();
        builder.step(new FileOperations.WriteResourceFile("worker-1", "r0", "text", true), "rewrite");
        Step step = builder.build(new Basis("s", "d", "t", new TreeMap<>())).steps().get(0);
        CommandOutcome wrote = new CommandOutcome(step.commands().get(0).command().argv(), 0, "");
        CommandOutcome checkFailed = new CommandOutcome(step.commands().get(1).command().argv(), 10, "syntax error");
        assertEquals(List.of(), Rollback.undoAfterPartialRun(step, new CommandRunner.Ran(List.of(wrote, checkFailed), false)),
                "the old file was never moved away, so restoring the backup would put an older file in its place");
        List<CommandOutcome> all = step.commands().stream().map(c -> new CommandOutcome(c.command().argv(), 0, "")).toList();
        assertEquals(step.undo(), Rollback.undoAfterPartialRun(step, new CommandRunner.Ran(all, false)));
    }

    static String last(Step step) { return step.commands().get(step.commands().size() - 1).command().argv().stream()
            .reduce((a, b) -> a + " " + b).orElseThrow(); }
}
