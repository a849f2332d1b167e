package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.CommandResult;
import dev.berth.sim.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Resize, split brain, outdating, roles and failures inside drbdadm. */
class DataTest {
    @TempDir
    Path dir;

    private DrbdLab upToDate() {
        DrbdLab lab = InitialSyncTest.threeNodes(dir, InitialSyncTest.r0());
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r0/0");
        return lab;
    }

    private long size(DrbdLab lab, String host) {
        return lab.status(host, "r0").get("devices").get(0).get("size").asLong();
    }

    @Test
    void resizeGrowsOnceEveryBackingVolumeIsLarger() {
        DrbdLab lab = upToDate();
        long before = size(lab, "alpha");
        lab.ok("alpha", "lvresize", "--size", "2g", "vg0/r0_00000", "-f");
        lab.ok("alpha", "drbdadm", "resize", "r0");
        assertEquals(before, size(lab, "alpha"), "beta and gamma have no room yet");
        lab.ok("beta", "lvresize", "--size", "2g", "vg0/r0_00000", "-f");
        lab.ok("gamma", "lvresize", "--size", "2g", "vg0/r0_00000", "-f");
        lab.ok("alpha", "drbdadm", "resize", "r0");
        long grown = size(lab, "alpha");
        assertTrue(grown > 2 * before - 1024, grown + " after " + before);
        for (String host : InitialSyncTest.HOSTS) assertEquals(grown, size(lab, host), host);
        JsonNode newArea = lab.peerDevice("alpha", "r0", "beta");
        assertEquals("SyncSource", newArea.get("replication-state").asString(), "the new area resyncs, lower node-id first");
        assertEquals((grown - before) * 2, newArea.get("rs-total").asLong());
        lab.advance(Duration.ofSeconds(20));
        assertEquals("UpToDate", lab.disk("beta", "r0"));

        for (String host : InitialSyncTest.HOSTS) lab.ok(host, "lvresize", "--size", "3g", "vg0/r0_00000", "-f");
        lab.ok("beta", "drbdadm", "--", "--assume-clean", "resize", "r0");
        assertTrue(size(lab, "gamma") > grown);
        assertEquals("Established", lab.peerDevice("alpha", "r0", "beta").get("replication-state").asString(), "--assume-clean: no resync");
    }

    @Test
    void independentNewGenerationsWhileDisconnectedAreASplitBrain() {
        DrbdLab lab = upToDate();
        for (String host : InitialSyncTest.HOSTS) lab.ok(host, "drbdadm", "disconnect", "r0");
        assertEquals("StandAlone", lab.connection("alpha", "r0", "beta").get("connection-state").asString());
        CommandResult connected = lab.run("alpha", "drbdadm", "new-current-uuid", "r0/0");
        assertEquals(0, connected.exitCode(), connected.stderr());
        lab.ok("beta", "drbdadm", "new-current-uuid", "r0/0");
        for (String host : InitialSyncTest.HOSTS) lab.ok(host, "drbdadm", "connect", "r0");
        assertEquals("StandAlone", lab.connection("alpha", "r0", "beta").get("connection-state").asString(), "split brain");
        assertEquals("StandAlone", lab.connection("beta", "r0", "alpha").get("connection-state").asString());
        assertEquals("Connected", lab.connection("alpha", "r0", "gamma").get("connection-state").asString(),
                "gamma is only older: nothing was written since, so it takes alpha's generation without a resync");
        assertEquals("UpToDate", lab.peerDevice("alpha", "r0", "gamma").get("peer-disk-state").asString());
        assertEquals("StandAlone", lab.connection("beta", "r0", "gamma").get("connection-state").asString(), "gamma now shares alpha's branch");
        assertEquals("drbdsetup connect r0 1\n", lab.ok("alpha", "drbdadm", "-d", "adjust", "r0"), "adjust reconnects StandAlone peers");

        lab.ok("beta", "drbdadm", "disconnect", "r0");
        lab.ok("beta", "drbdadm", "connect", "--discard-my-data", "r0:alpha");
        lab.ok("alpha", "drbdadm", "connect", "r0:beta");
        assertEquals("SyncTarget", lab.peerDevice("beta", "r0", "alpha").get("replication-state").asString(), "the victim resyncs");
    }

    @Test
    void aSecondaryThatMissesThePrimarysWritesIsOutdated() {
        DrbdLab lab = upToDate();
        lab.ok("alpha", "drbdadm", "primary", "r0");
        lab.ok("gamma", "drbdadm", "disconnect", "r0:alpha");
        DrbdWrites.write(lab.lab, "alpha", "r0", 0, 64L * 1024 * 1024);
        assertEquals("Outdated", lab.disk("gamma", "r0"), "beta relays that gamma missed writes");
        assertEquals("UpToDate", lab.disk("beta", "r0"));
        lab.ok("gamma", "drbdadm", "connect", "r0:alpha");
        JsonNode resync = lab.peerDevice("alpha", "r0", "gamma");
        assertEquals("SyncSource", resync.get("replication-state").asString());
        assertEquals(64 * 1024, resync.get("out-of-sync").asLong(), "only what was written");
        lab.advance(Duration.ofSeconds(1));
        assertEquals("UpToDate", lab.disk("gamma", "r0"));
    }

    @Test
    void rolesFollowDrbdRules() {
        DrbdLab lab = InitialSyncTest.threeNodes(dir, InitialSyncTest.r0());
        CommandResult noData = lab.run("alpha", "drbdadm", "primary", "r0");
        assertEquals(17, noData.exitCode());
        assertTrue(noData.stderr().startsWith("r0: State change failed: (-2) Need access to UpToDate data\n"), noData.stderr());
        assertTrue(noData.stderr().endsWith("Command 'drbdsetup primary r0' terminated with exit code 17\n"), noData.stderr());
        lab.ok("alpha", "drbdadm", "primary", "--force", "r0");
        assertEquals("Primary", lab.status("alpha", "r0").get("role").asString());
        assertEquals("SyncSource", lab.peerDevice("alpha", "r0", "beta").get("replication-state").asString());
        CommandResult second = lab.run("beta", "drbdsetup", "primary", "r0");
        assertEquals(new CommandResult(11, "", "r0: State change failed: (-1) Multiple primaries not allowed by config\n"), second);
        lab.ok("alpha", "drbdadm", "secondary", "r0");
        assertEquals("Secondary", lab.connection("beta", "r0", "alpha").get("peer-role").asString());
    }

    @Test
    void aPlantedFaultOnDrbdmetaFailsCreateMdWithDrbdadmsExitCode() {
        DrbdLab lab = new DrbdLab(dir, 3);
        lab.lv("alpha", "r0_00000", "1g");
        lab.writeFile("alpha", InitialSyncTest.r0());
        lab.lab.fault("alpha", Fault.fail("drbdmeta * create-md*"));
        CommandResult failed = lab.run("alpha", "drbdadm", "create-md", "--max-peers", "7", "r0");
        assertEquals(new CommandResult(1, "", "berth-lab: injected fault\n"), failed, "drbdadm passes the failure on; codes below 10 are not announced");
        List<String> ran = lab.lab.history().stream().filter(r -> r.node().equals("alpha")).map(r -> r.line()).toList();
        assertTrue(ran.contains("drbdmeta 1000 v09 /dev/vg0/r0_00000 internal create-md 7"), ran.toString());

        lab.writeFile("alpha", DrbdLab.resource("r9", 1009, 7009, InitialSyncTest.HOSTS, List.of(), java.util.Map.of()));
        CommandResult missing = lab.run("alpha", "drbdadm", "create-md", "r9");
        assertEquals(new CommandResult(20, "", "open(/dev/vg0/r9_00000) failed: No such file or directory\n"
                + "Command 'drbdmeta 1009 v09 /dev/vg0/r9_00000 internal create-md 2' terminated with exit code 20\n"), missing);
    }
}
