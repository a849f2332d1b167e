package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.ops.Risk;
import dev.berth.render.PlanTextRenderer;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;
import dev.berth.testing.PlanGoldens;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes to a running cluster: the MySQL demo is applied to a lab, the stack is edited the way an
 * admin would, and the next plan is golden — then run, after which the stack plans to no changes.
 */
class PlannerScenariosTest {
    @TempDir
    Path dir;

    SimLab lab;
    String baseline;

    @BeforeEach
    void applyTheDemo() throws IOException {
        baseline = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"));
        // the lab has a spare fourth node in zone c, so that replicas have somewhere to move
        lab = StackLab.reset(stack(withWorker4(baseline)), dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        StepRunner.run(lab, PlannedLab.plan(stack(baseline), lab, PlanOptions.defaults()));
    }

    @Test
    void growAVolume() {
        Plan plan = planAndRun("grow", baseline.replace("mysql-data-1: { group: mysql, volumes: [ { size: 20GiB } ] }",
                "mysql-data-1: { group: mysql, volumes: [ { size: 30GiB } ] }"), PlanOptions.defaults());
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        int resize = ids.indexOf("resource.mysql-data-1:resize");
        for (String node : List.of("worker-1", "worker-2", "worker-3")) {
            assertTrue(ids.indexOf("volume.mysql-data-1/0@" + node + ":grow-backing-volume") < resize, "grow everywhere before resize");
        }
    }

    @Test
    void changeDrbdOptions() {
        planAndRun("options", baseline.replace("net: { protocol: C }", "net: { protocol: C, verify-alg: sha256 }"), PlanOptions.defaults());
    }

    @Test
    void moveAReplicaOffAnEvacuatedNode() {
        String stack = withWorker4(baseline).replace("worker-3: { address: 192.0.2.13, labels: { zone: c } }",
                "worker-3: { address: 192.0.2.13, labels: { zone: c }, state: evacuate }");
        Plan refused = plan(stack, PlanOptions.defaults());
        assertTrue(refused.refusals().stream().allMatch(r -> r.rule() == Refusal.Rule.DESTROY_NOT_ALLOWED), refused.refusals()::toString);
        Plan plan = planAndRun("move-evacuate", stack, new PlanOptions(true, List.of()));
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        assertTrue(ids.indexOf("resource.mysql-data-0:wait") < ids.indexOf("drbd.mysql-data-0@worker-3:take-down"),
                "the new replica is UpToDate before the old one goes");
    }

    @Test
    void aLostNodeIsForgottenAndItsReplicasPlacedAnew() {
        lab.down("worker-3");
        String stack = withWorker4(baseline).replace("worker-3: { address: 192.0.2.13, labels: { zone: c } }",
                "worker-3: { address: 192.0.2.13, labels: { zone: c }, state: lost }");
        Plan plan = plan(stack, PlanOptions.defaults());
        PlanGoldens.verify("plan/scenario/lost-node", plan);
        assertTrue(plan.refusals().isEmpty(), plan.refusals()::toString);
        assertTrue(plan.steps().stream().noneMatch(s -> s.host().equals("worker-3")), "a lost host runs nothing");
        assertTrue(plan.steps().stream().anyMatch(s -> s.id().equals("drbd.mysql-data-0@worker-1:forget-peer")));
        StepRunner.run(lab, plan);
        assertFalse(plan(stack, PlanOptions.defaults()).hasChanges());
    }

    @Test
    void aNodeInMaintenanceFreezesItsResources() {
        String stack = withWorker4(baseline).replace("worker-3: { address: 192.0.2.13, labels: { zone: c } }",
                "worker-3: { address: 192.0.2.13, labels: { zone: c }, state: maintenance }")
                .replace("net: { protocol: C }", "net: { protocol: C, verify-alg: sha256 }");
        Plan plan = plan(stack, PlanOptions.defaults());
        PlanGoldens.verify("plan/scenario/maintenance", plan);
        assertTrue(plan.steps().stream().noneMatch(s -> s.host().equals("worker-3")), "nothing runs on a node in maintenance");
        // every resource has a replica on worker-3, so the option change waits for it everywhere; only the spare node's pool is built
        assertTrue(plan.steps().stream().allMatch(s -> s.address().toString().equals("pool.fast@worker-4")), plan.steps()::toString);
        // ...and the plan says which resources wait, and why, instead of showing them unchanged
        assertEquals(List.of("resource.mysql-data-0", "resource.mysql-data-1", "resource.mysql-data-2"),
                plan.deferred().stream().map(d -> d.address().toString()).toList());
        assertTrue(plan.deferred().stream().allMatch(d -> d.reason().equals("its changes wait while worker-3 is in maintenance"
                + " (state: maintenance in the stack)")), plan.deferred()::toString);
        assertTrue(plan.refusals().isEmpty(), "held back is not refused: the rest of the plan applies");
        // with nothing to change, nothing is held back
        Plan unchanged = plan(stack.replace(", verify-alg: sha256", ""), PlanOptions.defaults());
        assertTrue(unchanged.deferred().isEmpty(), unchanged.deferred()::toString);
    }

    @Test
    void removeAReplicaNeedsAllowDestroy() {
        String stack = baseline.replace("replicas: 3", "replicas: 2").replace("placement: { spreadAcross: zone }",
                "placement: { spreadAcross: zone, disklessTiebreaker: true }");
        Plan refused = plan(stack, PlanOptions.defaults());
        PlanGoldens.verify("plan/scenario/remove-replica-refused", refused);
        assertFalse(refused.refusals().isEmpty());
        planAndRun("remove-replica", stack, new PlanOptions(true, List.of()));
    }

    @Test
    void aDisklessReplicaGetsItsDiskBack() {
        String tiebreaker = baseline.replace("replicas: 3", "replicas: 2").replace("placement: { spreadAcross: zone }",
                "placement: { spreadAcross: zone, disklessTiebreaker: true }");
        StepRunner.run(lab, plan(tiebreaker, new PlanOptions(true, List.of())));
        Plan plan = planAndRun("diskless-to-diskful", baseline, PlanOptions.defaults());
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        int volume = ids.indexOf("volume.mysql-data-0/0@worker-3:create-backing-volume");
        int attach = ids.indexOf("drbd.mysql-data-0@worker-3:attach-disk");
        assertTrue(volume >= 0 && volume < attach, ids::toString);
        Step attachStep = plan.steps().get(attach);
        List<String> argvs = attachStep.commands().stream().map(c -> c.command().shellQuoted()).toList();
        assertTrue(argvs.indexOf("mv -f /etc/drbd.d/mysql-data-0.res.berth-new /etc/drbd.d/mysql-data-0.res")
                < argvs.indexOf("drbdadm --max-peers 7 -- --force create-md mysql-data-0/0"), "the file names the disk before create-md reads it");
        assertTrue(attach < ids.indexOf("resource.mysql-data-0:wait"), "the new disk syncs fully before the plan is done");
    }

    @Test
    void anUnmanagedVolumeOnAManagedPoolIsListedAndLeftAlone() {
        lab.host("worker-2").run(Command.of("lvcreate", "--virtualsize", "1g", "vg_fast", "--thinpool", "thin", "--name", "scratch"), "");
        Plan plan = plan(baseline, PlanOptions.defaults());
        assertFalse(plan.hasChanges());
        assertEquals(1, plan.unmanaged().size(), plan.unmanaged()::toString);
        PlanGoldens.verify("plan/scenario/unmanaged", plan);
    }

    @Test
    void aResourceLeftOutOfTheStackIsKeptAndReported() {
        Plan plan = plan(baseline.replace("  mysql-data-2: { group: mysql, volumes: [ { size: 20GiB } ] }\n", ""), PlanOptions.defaults());
        assertFalse(plan.steps().stream().anyMatch(s -> s.risk() == Risk.DATA_LOSS));
        assertTrue(plan.unmanaged().stream().anyMatch(u -> u.name().equals("mysql-data-2")));
    }

    private Plan planAndRun(String name, String stack, PlanOptions options) {
        Plan plan = plan(stack, options);
        PlanGoldens.verify("plan/scenario/" + name, plan);
        StepRunner.run(lab, plan);
        Plan after = plan(stack, options);
        assertFalse(after.hasChanges(), () -> PlanTextRenderer.render(after));
        return plan;
    }

    private Plan plan(String stack, PlanOptions options) { return PlannedLab.plan(stack(stack), lab, options); }

    private static String withWorker4(String stack) { return Examples.withWorker4(stack); }

    private static DesiredCluster stack(String yaml) { return Examples.parse(yaml); }
}
