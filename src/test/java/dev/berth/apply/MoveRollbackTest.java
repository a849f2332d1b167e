package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.Step;
import dev.berth.sim.Fault;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A move rewrites a surviving replica's file twice (the new peer joins, then the old one goes),
 * and each rewrite puts the file before it aside: a failure after the second rewrite must undo
 * both and leave the original file, not the one in between.
 */
class MoveRollbackTest {
    @TempDir
    Path dir;

    @Test
    void aFailureAfterTheSecondRewriteBringsBackTheOriginalFile() throws Exception {
        String baseline = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"));
        DesiredCluster before = Examples.parse(Examples.withWorker4(baseline));
        SimLab lab = StackLab.reset(before, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        StepRunner.run(lab, PlannedLab.plan(Examples.parse(baseline), lab, PlanOptions.defaults()));
        Map<String, String> original = files(lab);

        DesiredCluster evacuate = Examples.parse(Examples.withWorker4(baseline).replace("worker-3: { address: 192.0.2.13, labels: { zone: c } }",
                "worker-3: { address: 192.0.2.13, labels: { zone: c }, state: evacuate }"));
        Plan move = PlannedLab.plan(evacuate, lab, new PlanOptions(true, List.of()));
        List<Step> rewrites = move.steps().stream()
                .filter(s -> s.host().equals("worker-1") && s.address().toString().equals("drbd.mysql-data-0@worker-1")
                        && s.commands().stream().anyMatch(c -> c.command().argv().contains("/etc/drbd.d/mysql-data-0.res")))
                .toList();
        assertEquals(2, rewrites.size(), () -> "a move rewrites worker-1's file twice: " + move.steps().stream().map(Step::id).toList());
        // the first command on worker-1 after its second rewrite fails
        Step second = rewrites.get(1);
        Step next = move.steps().stream().skip(move.steps().indexOf(second) + 1).filter(s -> s.host().equals("worker-1"))
                .findFirst().orElseThrow();
        lab.fault("worker-1", Fault.fail(RollbackTest.last(next)));

        ApplyEnvironment environment = new ApplyEnvironment(new LabConnector(lab), DiscoveryTargets.of(evacuate), ApplyLab.clock(lab),
                name -> Optional.empty(), dir.resolve("state"), event -> { }, Map.of("stack_path", evacuate.name()));
        ApplyReport report = new ApplyEngine(environment, ApplyOptions.defaults().withParallelism(1).withHolder("test@lab")).apply(move);

        assertNotEquals(ApplyReport.Outcome.SUCCEEDED, report.outcome(), report::toString);
        assertTrue(report.undone().stream().anyMatch(u -> u.equals(second.id())), report::toString);
        assertEquals(original.get("worker-1"), files(lab).get("worker-1"), "worker-1's file is the one from before the apply");
    }

    private static Map<String, String> files(SimLab lab) {
        Map<String, String> files = new TreeMap<>();
        for (String node : List.of("worker-1", "worker-2", "worker-3")) {
            files.put(node, lab.host(node).run(Command.of("cat", "/etc/drbd.d/mysql-data-0.res"), "").stdout());
        }
        return files;
    }
}
