package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.render.PlanTextRenderer;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.spec.StackReader;
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
 * Whose resources Berth may delete or write: the MySQL demo is applied to a lab, then a resource
 * is dropped from the stack (pruned only when asked, and only with --allow-destroy).
 */
class PlannerOwnershipScenariosTest {
    private static final String DROPPED = "  mysql-data-2: { group: mysql, volumes: [ { size: 20GiB } ] }\n";

    @TempDir
    Path dir;

    SimLab lab;
    String baseline;

    @BeforeEach
    void applyTheDemo() throws IOException {
        baseline = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"));
        lab = StackLab.reset(stack(baseline), dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        StepRunner.run(lab, PlannedLab.plan(stack(baseline), lab, PlanOptions.defaults()));
    }

    @Test
    void withoutPruneADroppedResourceIsKeptAndTheDetailSaysHowToDeleteIt() {
        Plan plan = plan(baseline.replace(DROPPED, ""), PlanOptions.defaults());
        assertFalse(plan.hasChanges());
        assertEquals(3, plan.unmanaged().size(), plan.unmanaged()::toString);
        assertTrue(plan.unmanaged().stream().allMatch(u -> u.detail().contains("set ownership.prune: true to delete it")));
    }

    @Test
    void pruneDeletesADroppedResourceOnlyWithAllowDestroy() {
        String stack = baseline.replace(DROPPED, "") + "ownership: { prune: true }\n";
        Plan refused = plan(stack, PlanOptions.defaults());
        PlanGoldens.verify("plan/scenario/prune-refused", refused);
        assertTrue(refused.refusals().stream().allMatch(r -> r.rule() == Refusal.Rule.DESTROY_NOT_ALLOWED), refused.refusals()::toString);
        assertFalse(refused.refusals().isEmpty());

        PlanOptions allowed = new PlanOptions(true, List.of());
        Plan plan = plan(stack, allowed);
        PlanGoldens.verify("plan/scenario/prune", plan);
        assertTrue(plan.refusals().isEmpty(), plan.refusals()::toString);
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        for (String node : List.of("worker-1", "worker-2", "worker-3")) {
            for (String other : List.of("worker-1", "worker-2", "worker-3")) {
                assertTrue(ids.indexOf("drbd.mysql-data-2@" + node + ":take-down") < ids.indexOf("drbd.mysql-data-2@" + other + ":remove-resource-file"),
                        "every replica is down before any file goes");
            }
        }
        StepRunner.run(lab, plan);
        Plan after = plan(stack, allowed);
        assertFalse(after.hasChanges(), () -> PlanTextRenderer.render(after));
        assertTrue(after.unmanaged().stream().noneMatch(u -> u.kind().equals("orphaned-resource")), after.unmanaged()::toString);
    }

    @Test
    void pruneNeverDeletesAResourceThatIsPrimary() {
        lab.host("worker-1").run(dev.berth.model.Command.of("drbdadm", "primary", "mysql-data-2"), "");
        Plan plan = plan(baseline.replace(DROPPED, "") + "ownership: { prune: true }\n", new PlanOptions(true, List.of()));
        assertEquals(List.of(Refusal.Rule.PRIMARY_REPLICA), plan.refusals().stream().map(Refusal::rule).toList(), plan.refusals()::toString);
        assertTrue(plan.refusals().get(0).message().contains("worker-1"), plan.refusals()::toString);
    }

    @Test
    void pruneWaitsWhileANodeHoldingTheResourceIsInMaintenance() {
        String stack = baseline.replace(DROPPED, "").replace("worker-3: { address: 192.0.2.13, labels: { zone: c } }",
                "worker-3: { address: 192.0.2.13, labels: { zone: c }, state: maintenance }") + "ownership: { prune: true }\n";
        Plan plan = plan(stack, new PlanOptions(true, List.of()));
        assertFalse(plan.hasChanges(), () -> PlanTextRenderer.render(plan));
        assertTrue(plan.unmanaged().stream().anyMatch(u -> u.kind().equals("orphaned-resource") && u.detail().contains("maintenance")),
                plan.unmanaged()::toString);
    }

    @Test
    void aResourceThatLinstorDefinesIsRefusedAndNeverWritten() throws Exception {
        String linstor = Files.readString(Path.of("src/test/resources/fixtures/drbdadm/linstor-3-diskful.res")).replace("\"r0\"", "\"mysql-data-3\"");
        lab.connect("worker-2").writeFile("/var/lib/linstor.d/mysql-data-3.res", linstor, "0644");
        Plan plan = plan(baseline + "  mysql-data-3: { group: mysql, volumes: [ { size: 10GiB } ] }\n", PlanOptions.defaults());
        PlanGoldens.verify("plan/scenario/foreign-linstor", plan);
        assertEquals(List.of(Refusal.Rule.FOREIGN_RESOURCE), plan.refusals().stream().map(Refusal::rule).toList(), plan.refusals()::toString);
        assertTrue(plan.refusals().get(0).message().contains("worker-2") && plan.refusals().get(0).message()
                .contains("/var/lib/linstor.d/mysql-data-3.res"), plan.refusals()::toString);
        assertFalse(plan.hasChanges(), "nothing of a resource another tool defines is written");
    }

    Plan plan(String stack, PlanOptions options) { return PlannedLab.plan(stack(stack), lab, options); }

    static DesiredCluster stack(String yaml) {
        var loaded = StackReader.read("stack.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return loaded.cluster().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
    }
}
