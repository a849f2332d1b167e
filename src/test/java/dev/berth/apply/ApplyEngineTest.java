package dev.berth.apply;

import dev.berth.apply.events.ApplyEvent;
import dev.berth.apply.events.ApplyReport;
import dev.berth.journal.HostStateRecord;
import dev.berth.journal.InProgressRecord;
import dev.berth.model.Command;
import dev.berth.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The happy path on the lab: a pools plan runs, converges, leaves its records and releases its locks. */
class ApplyEngineTest {
    @TempDir
    Path dir;

    @Test
    void poolsConvergeAndTheHostsRecordWhatWasApplied() throws Exception {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        Plan plan = lab.plan("pool.*");
        assertEquals(6, plan.steps().size(), () -> plan.steps().toString());

        ApplyReport report = lab.apply(plan);

        assertEquals(ApplyReport.Outcome.SUCCEEDED, report.outcome(), report::toString);
        assertEquals(6, report.done().size());
        assertFalse(lab.plan("pool.*").hasChanges(), "a second plan has nothing left to do");
        for (String node : lab.cluster.nodes().keySet()) {
            String state = lab.lab.host(node).run(Command.of("cat", HostStateRecord.PATH), "").stdout();
            assertEquals(plan.planId(), HostStateRecord.parse(state).orElseThrow().planId());
            assertFalse(lab.lab.host(node).run(Command.of("cat", InProgressRecord.PATH), "").succeeded(), "in-progress removed");
            assertFalse(lab.lab.host(node).run(Command.of("cat", LockHolder.FILE), "").succeeded(), "lock released on " + node);
        }
        assertEquals(6, lab.events.stream().filter(e -> e.kind() == ApplyEvent.Kind.FINISHED).count());
        assertTrue(Files.readString(lab.journal(report)).contains("\"outcome\":\"succeeded\""));
    }

    @Test
    void poolStepsRunInTheirOrderOnEachHost() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        lab.apply(lab.plan("pool.*"));
        for (String node : lab.cluster.nodes().keySet()) {
            HistoryOrder order = new HistoryOrder(lab.history(node));
            order.assertBefore("mkdir /var/lib/berth/lock", "pvcreate /dev/*");
            order.assertBefore("pvcreate /dev/*", "vgcreate --addtag berth vg_fast *");
            order.assertBefore("vgcreate --addtag berth vg_fast *", "lvcreate -l 100%FREE --zero y --addtag berth -T -n vg_fast/thin");
            order.assertBefore("lvcreate -l 100%FREE --zero y --addtag berth -T -n vg_fast/thin", "rmdir /var/lib/berth/lock");
        }
    }

    @Test
    void aPlanWithoutStepsDoesNothing() {
        ApplyLab lab = new ApplyLab("mysql-ha", dir);
        lab.apply(lab.plan("pool.*"));
        ApplyReport again = lab.apply(lab.plan("pool.*"));
        assertEquals(ApplyReport.Outcome.NO_CHANGES, again.outcome());
        assertEquals(0, again.exitCode());
    }
}
