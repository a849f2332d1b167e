package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two refusals that protect a cluster from a second operator: the lock and the stale basis. */
class LockAndBasisTest {
    @TempDir
    Path dir;

    @Test
    void twoAppliesAtOnceExactlyOneProceeds() throws Exception {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        lab.lab.setLatency(Duration.ofMillis(2)); // real time per command, so the two runs overlap
        Plan plan = LvmPlans.volumes(lab);
        ExecutorService two = Executors.newFixedThreadPool(2);
        Callable<ApplyReport> apply = () -> lab.apply(plan);
        List<Future<ApplyReport>> runs = two.invokeAll(List.of(apply, apply));
        two.shutdown();
        List<ApplyReport.Outcome> outcomes = List.of(runs.get(0).get().outcome(), runs.get(1).get().outcome());
        assertEquals(1, outcomes.stream().filter(o -> o == ApplyReport.Outcome.SUCCEEDED).count(), outcomes::toString);
        assertEquals(1, outcomes.stream().filter(o -> o == ApplyReport.Outcome.REFUSED).count(), outcomes::toString);
    }

    @Test
    void aHeldLockRefusesAndUnlockClearsItOnlyOnceTheLeaseExpired() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumes(lab);
        lab.engine(ApplyOptions.defaults().haltingAfter(1)).apply(plan);

        ApplyReport second = lab.apply(LvmPlans.volumes(lab));
        assertEquals(ApplyReport.Outcome.REFUSED, second.outcome());
        assertEquals(3, second.exitCode());
        assertTrue(second.problems().get(0).contains("is held by test@lab"), second::toString);

        Unlock.Result early = Unlock.unlock(lab.environment(), lab.cluster.nodes().keySet(), false);
        assertEquals(3, early.kept().size(), early::toString);
        lab.lab.clock().advance(Duration.ofMinutes(11));
        Unlock.Result late = Unlock.unlock(lab.environment(), lab.cluster.nodes().keySet(), false);
        assertEquals(3, late.released().size(), late::toString);
    }

    @Test
    void aStalePlanIsRefusedNamingWhatChanged() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumes(lab);
        lab.lab.host("worker-2").run(dev.berth.model.Command.of("pvcreate", "/dev/nvme0n1"), "");
        lab.lab.host("worker-2").run(dev.berth.model.Command.of("vgcreate", "--addtag", "berth", "vg_fast", "/dev/nvme0n1"), "");

        ApplyReport report = lab.apply(plan);

        assertEquals(ApplyReport.Outcome.REFUSED, report.outcome());
        assertEquals(List.of("the plan is stale: the hosts changed since it was made", "  worker-2: volume groups: vg_fast appeared"),
                report.problems());
        assertTrue(lab.history("worker-2").stream().noneMatch(line -> line.startsWith("lvcreate")), "nothing ran");
        assertTrue(lab.history("worker-1").contains("rmdir /var/lib/berth/lock"), "the locks were released");
    }

    @Test
    void aRefusedPlanNeverRuns() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = LvmPlans.volumes(lab);
        Plan refused = new Plan(plan.formatVersion(), plan.planId(), plan.basis(), plan.resourceChanges(), plan.steps(), plan.allocations(),
                List.of(new dev.berth.plan.Refusal(dev.berth.plan.Refusal.Rule.SHRINK, dev.berth.model.Address.resource("r0"), "no", "no")),
                plan.unmanaged(), plan.deferred());
        assertEquals(ApplyReport.Outcome.REFUSED, lab.apply(refused).outcome());
        assertTrue(lab.lab.history().stream().noneMatch(r -> r.line().startsWith("mkdir /var/lib/berth/lock")));
    }
}
