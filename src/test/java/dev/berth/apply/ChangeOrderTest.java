package dev.berth.apply;

import dev.berth.apply.events.ApplyEvent;
import dev.berth.apply.events.ApplyReport;
import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.sim.CommandRecord;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes to a running cluster applied by the engine (parallel walk), checked on the lab's
 * executed command history across hosts: DRBD's safe orders for a grow, a move and a removal, and
 * the live safety check that refuses a data-loss step when the last other good copy went away
 * after the plan was made.
 */
class ChangeOrderTest {
    private static final List<String> PEERS = List.of("worker-1", "worker-2", "worker-4");

    @TempDir
    Path dir;

    private SimLab lab;
    private String baseline;

    @BeforeEach
    void theDemoRunsOnFourNodes() throws IOException {
        baseline = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"));
        // a fast resync: a wait then takes a poll or two, and what is tested is the order, not the progress
        lab = StackLab.reset(stack(withWorker4(baseline)), dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE,
                LabOptions.defaults().withSyncRate(64L << 30));
        StepRunner.run(lab, PlannedLab.plan(stack(baseline), lab, PlanOptions.defaults()));
        lab.clearHistory();
    }

    @Test
    void growEveryReplicaBeforeDrbdResizes() {
        String grown = baseline.replace("mysql-data-1: { group: mysql, volumes: [ { size: 20GiB } ] }",
                "mysql-data-1: { group: mysql, volumes: [ { size: 30GiB } ] }");
        assertEquals(ApplyReport.Outcome.SUCCEEDED, apply(grown, new PlanOptions(false, List.of()), 4, event -> { }).outcome());
        int resize = first("worker-1", "drbdadm *resize*mysql-data-1*");
        for (String node : List.of("worker-1", "worker-2", "worker-3")) {
            int grow = first(node, "lvresize --size * vg_fast/mysql-data-1_00000 -f");
            assertTrue(grow >= 0 && grow < resize, node + " grows its backing volume before drbdadm resize: " + lab.history());
        }
    }

    @Test
    void aMoveSyncsTheNewReplicaBeforeTheOldGoesAndRemovesInDrbdsOrder() {
        List<String> downWhileNewNotUpToDate = new CopyOnWriteArrayList<>();
        ApplyReport report = apply(evacuated(), new PlanOptions(true, List.of()), 4, event -> {
            String resource = event.step().replaceFirst("^drbd\\.([^@]*)@worker-3:take-down$", "$1");
            if (event.kind() == ApplyEvent.Kind.STARTED && !resource.equals(event.step()) && !upToDate("worker-4", resource)) {
                downWhileNewNotUpToDate.add(resource);
            }
        });
        assertEquals(ApplyReport.Outcome.SUCCEEDED, report.outcome(), report::toString);
        assertTrue(downWhileNewNotUpToDate.isEmpty(), "taken down before worker-4 was UpToDate: " + downWhileNewNotUpToDate);
        // drbd-facts.md: the leaving node goes down, loses its file, then its volume; each remaining node del-peers, then forget-peers
        for (String resource : List.of("mysql-data-0", "mysql-data-1", "mysql-data-2")) {
            int down = first("worker-3", "drbdadm down " + resource);
            int fileMoved = last("worker-3", "mv -f /etc/drbd.d/" + resource + ".res /var/lib/berth/backup/*");
            int removed = first("worker-3", "lvremove -f vg_fast/" + resource + "_00000");
            assertTrue(down >= 0 && down < fileMoved && fileMoved < removed, resource + ": down, file, volume: " + List.of(down, fileMoved, removed));
            for (String peer : PEERS) {
                int delPeer = last(peer, "drbdadm adjust " + resource);
                int forget = first(peer, "drbdsetup forget-peer " + resource + " *");
                assertTrue(down < delPeer && delPeer < forget,
                        resource + " on " + peer + ": down on worker-3, then del-peer (adjust), then forget-peer: " + List.of(down, delPeer, forget));
            }
        }
    }

    @Test
    void aDataLossStepIsRefusedWhenTheLastOtherGoodReplicaWentDownAfterThePlan() {
        ApplyReport report = apply(evacuated(), new PlanOptions(true, List.of()), 1, event -> {
            // one step at a time, so the plan's order holds; after the plan, just before worker-3's copy would go: every other replica of mysql-data-0 is taken down
            if (event.kind() == ApplyEvent.Kind.FINISHED && event.step().equals("drbd.mysql-data-2@worker-3:remove-resource-file")) {
                PEERS.forEach(peer -> lab.host(peer).run(Command.of("drbdadm", "down", "mysql-data-0"), ""));
            }
        });
        assertEquals(ApplyReport.Outcome.STOPPED, report.outcome(), report::toString);
        assertTrue(report.problems().contains("volume.mysql-data-0/0@worker-3:remove-backing-volume failed: refused on live state: "
                + "no other replica of mysql-data-0 is UpToDate now; removing worker-3's data would lose it"), report::toString);
        assertEquals(-1, first("worker-3", "lvremove -f vg_fast/mysql-data-0_00000"), "worker-3's copy is still there");
    }

    @Test
    void everyRewriteOfOneHostsFileKeepsTheOldOneWhereItsOwnUndoLooks() {
        // a move rewrites worker-3's files (a new peer) and then removes them: two backups of one file
        Plan plan = PlannedLab.plan(stack(evacuated()), lab, new PlanOptions(true, List.of()));
        Map<String, String> keptBy = new java.util.TreeMap<>();
        for (dev.berth.plan.Step step : plan.steps()) {
            for (dev.berth.ops.HostCommand kept : step.commands()) {
                List<String> argv = kept.command().argv();
                if (!argv.get(0).equals("mv") || !argv.get(3).startsWith("/var/lib/berth/backup/")) continue;
                String previous = keptBy.put(step.host() + " " + argv.get(3), step.id());
                assertEquals(null, previous, argv.get(3) + " on " + step.host() + " is kept by two steps: " + previous + ", " + step.id());
                assertTrue(step.undo().stream().anyMatch(undo -> undo.command().argv().equals(List.of("mv", "-f", argv.get(3), argv.get(2)))),
                        step.id() + " puts back what it kept: " + step.undo());
            }
        }
        assertTrue(keptBy.keySet().stream().filter(k -> k.startsWith("worker-3 /var/lib/berth/backup/mysql-data-0.res")).count() >= 2, keptBy::toString);
    }

    private ApplyReport apply(String yaml, PlanOptions options, int parallelism, Consumer<ApplyEvent> listener) {
        DesiredCluster cluster = stack(yaml);
        Plan plan = PlannedLab.plan(cluster, lab, options);
        ApplyEnvironment environment = new ApplyEnvironment(new LabConnector(lab), DiscoveryTargets.of(cluster), ApplyLab.clock(lab),
                name -> Optional.empty(), dir.resolve("state"), listener::accept, Map.of("stack_path", cluster.name()));
        return new ApplyEngine(environment, ApplyOptions.defaults().withParallelism(parallelism).withHolder("test@lab")).apply(plan);
    }

    private boolean upToDate(String node, String resource) {
        return lab.host(node).run(Command.of("drbdsetup", "status", resource), "").stdout().lines().anyMatch(line -> line.equals("  disk:UpToDate"));
    }

    private int first(String node, String glob) {
        List<String> lines = lines(node);
        for (int i = 0; i < lines.size(); i++) if (HistoryOrder.pattern(node + " " + glob).matcher(lines.get(i)).matches()) return i;
        return -1;
    }

    private int last(String node, String glob) {
        List<String> lines = lines(node);
        for (int i = lines.size() - 1; i >= 0; i--) if (HistoryOrder.pattern(node + " " + glob).matcher(lines.get(i)).matches()) return i;
        return -1;
    }

    /** Every host's executed commands in one order, each line prefixed by its node. */
    private List<String> lines(String node) {
        return lab.history().stream().filter(r -> r.outcome() == CommandRecord.Outcome.RAN).map(r -> r.node() + " " + r.line()).toList();
    }

    private String evacuated() {
        return withWorker4(baseline).replace("worker-3: { address: 192.0.2.13, labels: { zone: c } }",
                "worker-3: { address: 192.0.2.13, labels: { zone: c }, state: evacuate }");
    }

    private static String withWorker4(String stack) { return Examples.withWorker4(stack); }

    private static DesiredCluster stack(String yaml) { return Examples.parse(yaml); }
}
