package dev.berth.realhost;

import static dev.berth.realhost.ApplyOnRealHosts.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.testing.CliRun;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code berth apply} against three real hosts over real SSH: real LVM2 makes the backing volumes,
 * the real drbdadm reads the resource files and drives the DRBD stand-in. Each test starts from
 * bare pools on the same hosts.
 */
@Tag("realhost")
class RealHostApplyTest {
    @RegisterExtension
    static final RealHostsExtension HOSTS = new RealHostsExtension(3, "--disk-size", "256M");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MIB = 1024 * 1024;
    private static final String TWO_RESOURCES = "  mysql-data-0: { group: mysql, volumes: [ { size: 20MiB } ] }\n"
            + "  mysql-data-1: { group: mysql, volumes: [ { size: 24MiB } ] }\n";

    private ApplyOnRealHosts apply;

    @BeforeEach
    void bareHosts(TestInfo test) {
        apply = ApplyOnRealHosts.forTest(HOSTS.hosts(), test);
    }

    @Test
    void theMysqlShapeConvergesOnRealHosts() {
        apply.writeStack(TWO_RESOURCES);
        Map<String, Long> planned = plannedBackingSizes();
        // data plus internal metadata for 7 peer slots (activity log, superblock, bitmaps: well under
        // a MiB at these sizes), rounded up to the VG's 4 MiB extents
        assertEquals(Map.of("mysql-data-0_00000", 24 * MIB, "mysql-data-1_00000", 28 * MIB), planned);

        CliRun run = apply.berth("apply", "STACK", "--auto-approve");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue((run.out() + run.err()).contains("Apply succeeded: 30 done, 0 undone, 0 left."), run::toString);

        for (int host = 1; host <= 3; host++) {
            assertEquals(planned, apply.markedVolumes(host), "host-" + host + "'s real lvs");
            String dump = ok(HOSTS.hosts().ssh(host, "drbdadm dump all"));
            assertTrue(dump.contains("resource mysql-data-0") && dump.contains("resource mysql-data-1"), dump);
            String status = ok(HOSTS.hosts().ssh(host, "drbdsetup status"));
            // two resources, each with its own disk and two peers' disks UpToDate after the initial sync
            assertEquals(6, status.split("UpToDate", -1).length - 1, status);
        }
        apply.assertNoChanges();
    }

    @Test
    void aVolumeGrowsAndAReplicaIsRemoved() {
        apply.writeStack(TWO_RESOURCES);
        assertEquals(0, apply.berth("apply", "STACK", "--auto-approve").exitCode());

        apply.writeStack(TWO_RESOURCES.replace("20MiB", "28MiB"));
        CliRun plan = apply.berth("plan", "STACK", "--detailed-exitcode");
        assertEquals(2, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains("grow backing volume vg_berth/mysql-data-0_00000 24MiB -> 32MiB"), plan::toString);
        CliRun grow = apply.berth("apply", "STACK", "--auto-approve");
        assertEquals(0, grow.exitCode(), grow::toString);
        for (int host = 1; host <= 3; host++) {
            assertEquals(32 * MIB, apply.markedVolumes(host).get("mysql-data-0_00000"), "host-" + host + "'s real lvs after the grow");
        }
        apply.assertNoChanges();

        String before = ok(HOSTS.hosts().ssh(1, "cat /etc/drbd.d/mysql-data-1.res"));
        assertTrue(before.contains("host-3"), before);
        apply.writeStack(TWO_RESOURCES.replace("20MiB", "28MiB")
                .replace("mysql-data-1: { group: mysql,", "mysql-data-1: { group: mysql, nodes: [host-1, host-2],"));
        CliRun remove = apply.berth("apply", "STACK", "--auto-approve", "--allow-destroy");
        assertEquals(0, remove.exitCode(), remove::toString);
        assertEquals(Map.of("mysql-data-0_00000", 32 * MIB), apply.markedVolumes(3), "the replica's LV is gone from host-3");
        assertEquals("global_common.conf\nmysql-data-0.res\n", ok(HOSTS.hosts().ssh(3, "ls /etc/drbd.d")), "and its resource file");
        for (int host = 1; host <= 2; host++) {
            String rewritten = ok(HOSTS.hosts().ssh(host, "cat /etc/drbd.d/mysql-data-1.res"));
            assertFalse(rewritten.contains("host-3"), "host-" + host + "'s file no longer names host-3\n" + rewritten);
            ok(HOSTS.hosts().ssh(host, "drbdadm dump mysql-data-1"));
        }
        apply.assertNoChanges();
    }

    @Test
    void aFailureOnOneHostRollsEveryHostBackToWhatItWas() {
        apply.writeStack(TWO_RESOURCES);
        assertEquals(0, apply.berth("apply", "STACK", "--auto-approve").exitCode());
        Map<Integer, JsonNode> before = apply.lvmReports();

        HOSTS.hosts().failStandinCalls(2, List.of("drbdmeta * create-md*"));
        apply.writeStack(TWO_RESOURCES + "  mysql-data-2: { group: mysql, volumes: [ { size: 16MiB } ] }\n");
        CliRun run = apply.berth("apply", "STACK", "--auto-approve");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue((run.out() + run.err()).contains("failed    volume.mysql-data-2/0@host-2:create-metadata"), run::toString);
        assertTrue((run.out() + run.err()).contains("Input/output error"), "the report says why\n" + run);
        for (int host = 1; host <= 3; host++) {
            // the first step on every host ran, and is undone (how far the other hosts got is timing)
            assertTrue((run.out() + run.err()).contains("undone    volume.mysql-data-2/0@host-" + host + ":create-backing-volume"), run::toString);
        }
        assertTrue((run.out() + run.err()).contains("undone    drbd.mysql-data-2@host-2:write-resource-file"), run::toString);
        assertTrue((run.out() + run.err()).matches("(?s).*Apply rolled back: 0 done, \\d+ undone, 0 left\\..*"), run::toString);
        assertEquals(before, apply.lvmReports(), "every host's real lvs, vgs and pvs are as before the apply");
        for (int host = 1; host <= 3; host++) {
            assertEquals(1, HOSTS.hosts().ssh(host, "test -e /etc/drbd.d/mysql-data-2.res").exitCode(), "no resource file left on host-" + host);
        }
        HOSTS.hosts().failStandinCalls(2, List.of());
    }

    /** LV name -> bytes, as the plan will create them on each host. */
    private Map<String, Long> plannedBackingSizes() {
        CliRun plan = apply.berth("plan", "STACK", "--format", "json");
        assertEquals(0, plan.exitCode(), plan::toString);
        Map<String, Long> sizes = new TreeMap<>();
        for (JsonNode step : JSON.readTree(plan.out()).path("steps")) {
            JsonNode operation = step.path("operation");
            if (operation.path("kind").asString().equals("create-backing-volume")) {
                sizes.put(operation.path("name").asString(), operation.path("size").asLong());
            }
        }
        return sizes;
    }
}
