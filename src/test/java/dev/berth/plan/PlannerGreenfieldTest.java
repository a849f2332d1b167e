package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.render.PlanJsonRenderer;
import dev.berth.render.PlanMarkdownRenderer;
import dev.berth.render.PlanTextRenderer;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;
import dev.berth.testing.Golden;
import dev.berth.testing.PlanGoldens;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans of fresh labs: every example, and the refusals a fresh cluster can meet. */
class PlannerGreenfieldTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExamplePlansCleanlyAndDeterministically() {
        return Examples.folders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            DesiredCluster cluster = Examples.load(folder.getFileName().toString());
            Plan plan = PlannedLab.greenfield(cluster, dir.resolve(cluster.name()));
            assertTrue(plan.refusals().isEmpty(), () -> plan.refusals().toString());
            assertTrue(plan.hasChanges());
            assertEquals(plan, PlannedLab.greenfield(cluster, dir.resolve(cluster.name() + "-again")), "the same input gives the same plan");
            Golden.verify("plan/greenfield/" + cluster.name(), PlanTextRenderer.render(plan));
        }));
    }

    @Test
    void theMysqlDemoInEveryFormat() {
        Plan plan = PlannedLab.greenfield(Examples.load("mysql-ha"), dir.resolve("lab"));
        Golden.verify("plan/greenfield/mysql-ha.verbose", PlanTextRenderer.render(plan, PlanTextRenderer.Options.VERBOSE));
        Golden.verify("plan/greenfield/mysql-ha", "json", PlanJsonRenderer.render(plan));
        Golden.verify("plan/greenfield/mysql-ha", "md", PlanMarkdownRenderer.render(plan));
    }

    @Test
    void orderFollowsDrbdsSafeOrderForEveryReplica() {
        Plan plan = PlannedLab.greenfield(Examples.load("multi-volume-thick"), dir.resolve("lab"));
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        for (String node : List.of("db-1", "db-2", "db-3")) {
            for (int v = 0; v < 2; v++) {
                int volume = ids.indexOf("volume.pg-main/" + v + "@" + node + ":create-backing-volume");
                int metadata = ids.indexOf("volume.pg-main/" + v + "@" + node + ":create-metadata");
                int up = ids.indexOf("drbd.pg-main@" + node + ":bring-up");
                assertTrue(volume >= 0 && volume < metadata && metadata < up, node + " volume " + v + ": " + ids);
            }
        }
        Step sync = plan.steps().stream().filter(s -> s.id().equals("resource.pg-main:start-initial-sync")).findFirst().orElseThrow();
        assertEquals(2, sync.commands().size(), "thick LVM holds old data: a full sync from one node, per volume");
        assertEquals(Command.of("drbdadm", "--", "--force-resync", "new-current-uuid", "pg-main/0"), sync.commands().get(0).command());
    }

    @Test
    void aDeviceThatIsNotBlankIsRefusedUnlessWipedWithAllowDestroy() {
        DesiredCluster cluster = Examples.load("multi-volume-thick");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        lab.host("db-1").run(Command.of("pvcreate", "/dev/sdc"), "");
        lab.host("db-2").run(Command.of("pvcreate", "/dev/sdc"), "");
        Plan refused = PlannedLab.plan(cluster, lab, PlanOptions.defaults());
        PlanGoldens.verify("plan/device-not-blank", refused);
        assertEquals(List.of(Refusal.Rule.DEVICE_NOT_BLANK, Refusal.Rule.DEVICE_NOT_BLANK), refused.refusals().stream().map(Refusal::rule).toList());
        Plan allowed = PlannedLab.plan(cluster, lab, new PlanOptions(true, List.of()));
        assertEquals(List.of(Refusal.Rule.DEVICE_NOT_BLANK), allowed.refusals().stream().map(Refusal::rule).toList(),
                "db-2 declares wipe: true; db-1 does not");
        assertTrue(allowed.steps().stream().anyMatch(s -> s.host().equals("db-2") && s.risk() == dev.berth.ops.Risk.DATA_LOSS));
    }

    @Test
    void anUnreachableNodeBlocksOnlyTheResourcesOnIt() {
        DesiredCluster cluster = Examples.load("zone-spread");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        lab.down("worker-7");
        Plan plan = PlannedLab.plan(cluster, lab, PlanOptions.defaults());
        PlanGoldens.verify("plan/unreachable-node", plan);
        assertTrue(plan.steps().stream().allMatch(Step::isBlocked), "app-cache lists worker-7: its steps are planned, and blocked");
        assertTrue(plan.steps().stream().allMatch(s -> s.id().contains("app-cache")));
        assertTrue(plan.refusals().stream().anyMatch(r -> r.rule() == Refusal.Rule.HOST_UNREACHABLE));
        // zone c's only eligible node is down (worker-5 evacuates, worker-6 is in maintenance): no third zone to spread to
        assertEquals(4, plan.refusals().stream().filter(r -> r.rule() == Refusal.Rule.PLACEMENT).count());
    }

    @Test
    void aPoolTheStackExpectsMustExistWhereAReplicaGoes() {
        DesiredCluster cluster = Examples.load("tiebreaker-pair");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        lab.host("store-b").run(Command.of("lvremove", "-f", "vg_data/pool0"), "");
        Plan plan = PlannedLab.plan(cluster, lab, PlanOptions.defaults());
        PlanGoldens.verify("plan/pool-missing", plan);
        assertFalse(plan.refusals().isEmpty());
    }

    @Test
    void evacuatingAndMaintenanceNodesGetNoNewReplicas() {
        Plan plan = PlannedLab.greenfield(Examples.load("zone-spread"), dir.resolve("lab"));
        assertTrue(plan.steps().stream().noneMatch(s -> s.host().equals("worker-5") || s.host().equals("worker-6")));
    }

    @Test
    void targetsLimitThePlan() {
        DesiredCluster cluster = Examples.load("mysql-ha");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        Plan plan = PlannedLab.plan(cluster, lab, new PlanOptions(false, List.of("resource.mysql-data-1", "pool.*")));
        assertTrue(plan.steps().stream().allMatch(s -> s.address().name().equals("mysql-data-1") || s.address().kind() == dev.berth.model.Address.Kind.POOL));
    }

    @Test
    void aTargetedResourceTakesThePoolsOfItsReplicasAlong() {
        DesiredCluster cluster = Examples.load("mysql-ha");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        Plan plan = PlannedLab.plan(cluster, lab, new PlanOptions(false, List.of("resource.mysql-data-1")));
        assertTrue(plan.refusals().isEmpty(), plan.refusals()::toString);
        assertEquals(List.of("pool.fast@worker-1", "pool.fast@worker-2", "pool.fast@worker-3"), plan.steps().stream()
                .filter(s -> s.address().kind() == dev.berth.model.Address.Kind.POOL).map(s -> s.address().toString()).distinct().sorted().toList());
        assertTrue(plan.steps().stream().allMatch(s -> s.address().name().equals("mysql-data-1") || s.address().kind() == dev.berth.model.Address.Kind.POOL),
                plan.steps()::toString);
        StepRunner.run(lab, plan);
        assertTrue(PlannedLab.plan(cluster, lab, new PlanOptions(false, List.of("resource.mysql-data-1"))).steps().isEmpty());
    }
}
