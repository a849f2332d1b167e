package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.model.Command;
import dev.berth.ops.VolumeOperations;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crashed apply, then a person works on the cluster, then {@code --resume} or {@code rollback}:
 * both re-discover and refuse (exit 3) when an object they would touch changed since the journal
 * recorded it, naming the object and what changed. With one step at a time the walk follows the
 * plan's order, so "crash after step k" is a known point.
 */
class JournalCheckTest {
    @TempDir
    Path dir;

    @Test
    void resumeRefusesWhenAnObjectTheStoppedApplyNeverTouchedMoved() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = lab.plan();
        assertEquals("pool.fast@worker-1:create-volume-group", plan.steps().get(0).id());
        Path journal = crashAfter(lab, plan, 1);
        run(lab, "worker-3", "pvcreate", "/dev/nvme0n1");
        run(lab, "worker-3", "vgcreate", "--addtag", "berth", "vg_fast", "/dev/nvme0n1");

        ApplyReport resumed = lab.engine().resume(journal);

        assertEquals(ApplyReport.Outcome.REFUSED, resumed.outcome(), resumed::toString);
        assertEquals(3, resumed.exitCode());
        assertTrue(resumed.problems().contains("  worker-3: volume groups: vg_fast appeared "
                + "(not touched by the stopped apply; the rest of the plan was made without it)"), resumed::toString);
        assertTrue(lab.history("worker-2").stream().noneMatch(line -> line.startsWith("vgcreate")), "nothing ran");
        // the rollback only touches worker-1's volume group, which is as the journal left it
        assertEquals(ApplyReport.Outcome.UNDONE, lab.engine().rollback(journal).outcome());
    }

    @Test
    void bothRefuseWhenAVolumeTheJournalRecordsMadeIsGone() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = lab.plan();
        Step made = step(plan, "volume.mysql-data-0/0@worker-1:create-backing-volume");
        Path journal = crashAfter(lab, plan, plan.steps().indexOf(made) + 1);
        VolumeOperations.CreateBackingVolume volume = (VolumeOperations.CreateBackingVolume) made.operation();
        run(lab, "worker-1", "lvremove", "-f", volume.target().container() + "/" + volume.name());

        for (ApplyReport report : java.util.List.of(lab.engine().rollback(journal), lab.engine().resume(journal))) {
            assertEquals(ApplyReport.Outcome.REFUSED, report.outcome(), report::toString);
            assertTrue(report.problems().contains("  " + made.id() + ": the journal records it done, but worker-1 no longer shows it ("
                    + made.summary() + "); someone changed it since"), report::toString);
        }
        assertTrue(lab.history("worker-1").stream().noneMatch(line -> line.startsWith("lvremove vg_fast/mysql-data-1")), "nothing undone");
    }

    @Test
    void bothRefuseAResourceThatBecamePrimaryAndResumeProceedsOnceItIsDemoted() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = lab.plan();
        int synced = plan.steps().indexOf(step(plan, "resource.mysql-data-0:skip-initial-sync")) + 1;
        assertTrue(plan.steps().indexOf(step(plan, "resource.mysql-data-0:wait-2")) >= synced, "a step of mysql-data-0 remains");
        Path journal = crashAfter(lab, plan, synced);
        run(lab, "worker-2", "drbdadm", "primary", "mysql-data-0");

        for (ApplyReport report : java.util.List.of(lab.engine().resume(journal), lab.engine().rollback(journal))) {
            assertEquals(ApplyReport.Outcome.REFUSED, report.outcome(), report::toString);
            assertTrue(report.problems().contains("  mysql-data-0 is Primary on worker-2 now, and was not when planned; "
                    + "stop the workload there (or demote it) first"), report::toString);
        }

        run(lab, "worker-2", "drbdadm", "secondary", "mysql-data-0");
        ApplyReport resumed = lab.engine().resume(journal);
        assertEquals(ApplyReport.Outcome.SUCCEEDED, resumed.outcome(), resumed::toString);
    }

    private static Path crashAfter(ApplyLab lab, Plan plan, int steps) {
        ApplyReport crashed = lab.engine(ApplyOptions.defaults().withParallelism(1).haltingAfter(steps)).apply(plan);
        assertEquals(ApplyReport.Outcome.STOPPED, crashed.outcome(), crashed::toString);
        return lab.journal(crashed);
    }

    private static Step step(Plan plan, String id) {
        return plan.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no step " + id));
    }

    private static void run(ApplyLab lab, String node, String... argv) {
        assertTrue(lab.lab.host(node).run(new Command(java.util.List.of(argv)), "").succeeded(), () -> String.join(" ", argv) + " failed on " + node);
    }
}
