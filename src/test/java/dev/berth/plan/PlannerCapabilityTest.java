package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.sim.ToolVersions;
import dev.berth.testing.Examples;
import dev.berth.testing.PlanGoldens;
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
        PlanGoldens.verify("plan/scenario/capability-drbd-8-4", plan);
        assertRefusedOnEveryWorker(plan, "8.4.11");
    }

    @Test
    void noLoadedModuleIsRefusedOnEveryHostThatMustRunAReplica() {
        assertRefusedOnEveryWorker(planOn(ToolVersions.debian12().withoutDrbdModule()), "no DRBD kernel module is loaded");
    }

    @Test
    void quorumOptionsTooNewForTheHostsDrbdUtilsAreRefusedWithTheVersionNeeded() {
        ToolVersions old = ToolVersions.debian12();
        old = new ToolVersions(old.kernelRelease(), old.kernelVersion(), old.lvm(), old.lvmLibrary(), old.lvmDriver(), old.zfs(), "8.9.10",
                old.drbdKernel());
        Plan plan = planOn(old);
        PlanGoldens.verify("plan/scenario/capability-old-drbd-utils", plan);
        List<String> messages = plan.refusals().stream().filter(r -> r.rule() == Refusal.Rule.CAPABILITY).map(Refusal::message).toList();
        assertEquals(6, messages.size(), messages::toString);
        assertTrue(messages.contains("worker-1 has drbd-utils 8.9.10, but the stack's DRBD option options.quorum needs drbd-utils 8.9.11 or later"
                + " (drbd-utils ChangeLog 8.9.11: \"introduce quorum support\")"), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("worker-3") && m.contains("on-no-quorum needs drbd-utils 9.0.0")), messages::toString);
    }

    @Test
    void versionsCompareByNumberNotByText() {
        assertTrue(OptionVersions.compare(OptionVersions.parse("9.22.0").orElseThrow(), OptionVersions.parse("9.3.0").orElseThrow()) > 0);
        assertTrue(OptionVersions.unmet(dev.berth.desired.DrbdSettings.empty(), "8.9.0").isEmpty());
        assertTrue(OptionVersions.parse("unknown").isEmpty());
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
