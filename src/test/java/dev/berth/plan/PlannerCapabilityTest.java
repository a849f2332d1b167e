package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.render.PlanTextRenderer;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.sim.ToolVersions;
import dev.berth.testing.Examples;
import dev.berth.testing.Golden;
import dev.berth.testing.PlannedLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hosts whose DRBD cannot run what the plan asks: refused up front rather than failing halfway through apply. */
class PlannerCapabilityTest {
    @TempDir
    Path dir;

    @Test
    void aDrbd84ModuleIsRefusedOnEveryHostThatMustRunAReplica() {
        Plan plan = planOn(ToolVersions.debian12().withDrbdModule("8.4.11"));
        Golden.verify("plan/scenario/capability-drbd-8-4", PlanTextRenderer.render(plan));
        assertRefusedOnEveryWorker(plan, "8.4.11");
    }

    @Test
    void noLoadedModuleIsRefusedOnEveryHostThatMustRunAReplica() {
        assertRefusedOnEveryWorker(planOn(ToolVersions.debian12().withoutDrbdModule()), "no DRBD kernel module is loaded");
    }

    private static void assertRefusedOnEveryWorker(Plan plan, String why) {
        List<Refusal> capability = plan.refusals().stream().filter(r -> r.rule() == Refusal.Rule.CAPABILITY).toList();
        assertEquals(3, capability.size(), plan.refusals()::toString);
        for (String node : List.of("worker-1", "worker-2", "worker-3")) {
            assertTrue(capability.stream().anyMatch(r -> r.message().startsWith(node + " must run DRBD replicas") && r.message().contains(why)
                    && r.message().contains(Capabilities.NEEDED)), plan.refusals()::toString);
        }
    }

    private Plan planOn(ToolVersions versions) {
        DesiredCluster cluster = Examples.load("mysql-ha");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults().withVersions(versions));
        return PlannedLab.plan(cluster, lab, PlanOptions.defaults());
    }
}
