package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import dev.berth.sim.Fault;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MySQL demo's greenfield plan with a fault at every step that runs commands (one step at a
 * time, so "before k" is exact): before any irreversible step the hosts come back to their basis
 * projection; after one (the initial sync skipped), that resource stays and the report says to
 * resume. Plus the partial orders DRBD needs, read from the lab's history.
 */
class GreenfieldFaultTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> aFaultAtEveryStepOfTheMysqlDemo() {
        Plan counted = new ApplyLab("mysql-ha", dir.resolve("count")).plan();
        return IntStream.range(0, counted.steps().size()).filter(k -> !counted.steps().get(k).commands().isEmpty())
                .mapToObj(k -> DynamicTest.dynamicTest("fault at " + counted.steps().get(k).id(), () -> {
                    ApplyLab lab = new ApplyLab("mysql-ha", dir.resolve("k" + k));
                    Plan plan = lab.plan();
                    SortedMap<String, String> before = lab.projections(plan);
                    Step step = plan.steps().get(k);
                    lab.lab.fault(step.host(), Fault.fail(RollbackTest.last(step)));
                    ApplyReport report = lab.engine(ApplyOptions.defaults().withParallelism(1)).apply(plan);
                    boolean committed = plan.steps().subList(0, k).stream().anyMatch(s -> !s.risk().isAutomatic());
                    if (committed) {
                        assertEquals(ApplyReport.Outcome.STOPPED, report.outcome(), report::toString);
                        assertTrue(report.left().stream().anyMatch(l -> l.why().contains("past the commit point")), report::toString);
                    } else {
                        assertEquals(ApplyReport.Outcome.ROLLED_BACK, report.outcome(), report::toString);
                        assertEquals(before, lab.projections(plan), "back to the basis");
                    }
                }));
    }

    @Test
    void drbdRunsInItsSafeOrderOnEveryHost() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        assertEquals(ApplyReport.Outcome.SUCCEEDED, lab.apply(lab.plan()).outcome());
        for (String node : lab.cluster.nodes().keySet()) {
            HistoryOrder order = new HistoryOrder(lab.history(node));
            order.assertBefore("lvcreate --virtualsize * --name mysql-data-0_00000 *", "drbdadm * create-md mysql-data-0/0");
            order.assertBefore("drbdadm * create-md mysql-data-0/0", "drbdadm adjust mysql-data-0");
        }
    }
}
