package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.drbd.ResourceConfig;
import dev.berth.model.CommandResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Hosts coming and going: a peer down, a diskless tiebreaker, a fourth replica added, one removed as LINSTOR does. */
class MembershipTest {
    @TempDir
    Path dir;

    private DrbdLab upToDate() {
        DrbdLab lab = InitialSyncTest.threeNodes(dir, InitialSyncTest.r0());
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r0/0");
        return lab;
    }

    @Test
    void aHostGoingDownLeavesItsPeersConnectingWithQuorum() {
        DrbdLab lab = upToDate();
        lab.lab.down("gamma");
        for (String host : List.of("alpha", "beta")) {
            JsonNode toGamma = lab.connection(host, "r0", "gamma");
            assertEquals("Connecting", toGamma.get("connection-state").asString());
            assertEquals("Unknown", toGamma.get("peer-role").asString());
            assertEquals("DUnknown", toGamma.get("peer_devices").get(0).get("peer-disk-state").asString());
            assertTrue(lab.status(host, "r0").get("devices").get(0).get("quorum").asBoolean(), "2 of 3 keep quorum");
        }
        lab.ok("alpha", "drbdadm", "primary", "r0");
        lab.lab.down("beta");
        JsonNode alone = lab.status("alpha", "r0");
        assertFalse(alone.get("devices").get(0).get("quorum").asBoolean(), "1 of 3 has no quorum");
        assertTrue(alone.get("suspended-quorum").asBoolean(), "a Primary without quorum suspends I/O (on-no-quorum suspend-io)");
        lab.lab.up("beta");
        lab.lab.up("gamma");
        JsonNode back = lab.status("alpha", "r0");
        assertFalse(back.get("suspended").asBoolean());
        assertEquals("Connected", lab.connection("alpha", "r0", "gamma").get("connection-state").asString());
    }

    @Test
    void aDisklessTiebreakerKeepsQuorumForTheHalfItSees() {
        DrbdLab lab = new DrbdLab(dir, 3);
        ResourceConfig r1 = DrbdLab.resource("r1", 1001, 7001, InitialSyncTest.HOSTS, List.of("gamma"), Map.of("quorum", "majority"));
        for (String host : List.of("alpha", "beta")) {
            lab.lv(host, "r1_00000", "512m");
            lab.writeFile(host, r1);
            lab.ok(host, "drbdadm", "--max-peers", "7", "--", "--force", "create-md", "r1");
        }
        lab.writeFile("gamma", r1);
        CommandResult refused = lab.run("gamma", "drbdadm", "create-md", "r1");
        assertEquals(new CommandResult(10, "", "The create-md command requires a local disk, but the configuration gives none.\n"), refused);
        for (String host : InitialSyncTest.HOSTS) lab.ok(host, "drbdadm", "up", "r1");
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r1/0");
        JsonNode client = lab.status("gamma", "r1").get("devices").get(0);
        assertEquals("Diskless", client.get("disk-state").asString());
        assertTrue(client.get("client").asBoolean());
        JsonNode seen = lab.peerDevice("alpha", "r1", "gamma");
        assertEquals("Diskless", seen.get("peer-disk-state").asString());
        assertTrue(seen.get("peer-client").asBoolean());

        lab.lab.down("beta");
        assertTrue(lab.status("alpha", "r1").get("devices").get(0).get("quorum").asBoolean(), "alpha + the tiebreaker");
        lab.ok("alpha", "drbdadm", "primary", "r1");
        assertEquals("UpToDate", lab.peerDevice("gamma", "r1", "alpha").get("peer-disk-state").asString());
    }

    @Test
    void aFourthReplicaSyncsFullyFromItsPeers() {
        DrbdLab lab = new DrbdLab(dir, 4);
        ResourceConfig three = InitialSyncTest.r0();
        for (String host : InitialSyncTest.HOSTS) {
            lab.lv(host, "r0_00000", "1g");
            lab.writeFile(host, three);
            lab.ok(host, "drbdadm", "--max-peers", "7", "--", "--force", "create-md", "r0");
            lab.ok(host, "drbdadm", "up", "r0");
        }
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r0/0");
        ResourceConfig four = DrbdLab.resource("r0", 1000, 7000, List.of("alpha", "beta", "gamma", "delta"), List.of(),
                Map.of("quorum", "majority", "auto-promote", "no"));
        lab.lv("delta", "r0_00000", "1g");
        lab.writeFile("delta", four);
        lab.ok("delta", "drbdadm", "--max-peers", "7", "--", "--force", "create-md", "r0");
        lab.ok("delta", "drbdadm", "adjust", "r0");
        for (String host : InitialSyncTest.HOSTS) {
            lab.writeFile(host, four);
            String planned = lab.ok(host, "drbdadm", "-d", "adjust", "r0");
            assertEquals("drbdsetup new-peer r0 3 --_name=delta --shared-secret=s3cr3t-Value --protocol=C --cram-hmac-alg=sha1\n"
                    + "drbdsetup new-path r0 3 " + lab.address(host) + ":7000 ipv4:10.0.0.4:7000\ndrbdsetup connect r0 3\n", planned);
            lab.ok(host, "drbdadm", "adjust", "r0");
        }
        assertEquals("Inconsistent", lab.disk("delta", "r0"));
        assertEquals("SyncTarget", lab.peerDevice("delta", "r0", "alpha").get("replication-state").asString());
        assertEquals("Established", lab.peerDevice("delta", "r0", "beta").get("replication-state").asString(), "one source at a time");
        lab.advance(Duration.ofSeconds(3));
        lab.lab.down("alpha");
        assertEquals("SyncTarget", lab.peerDevice("delta", "r0", "beta").get("replication-state").asString(), "another source takes over");
        lab.lab.up("alpha");
        lab.advance(Duration.ofSeconds(11));
        assertEquals("UpToDate", lab.disk("delta", "r0"));
        for (String host : InitialSyncTest.HOSTS) assertEquals("UpToDate", lab.peerDevice(host, "r0", "delta").get("peer-disk-state").asString());
    }

    @Test
    void metadataMadeWithoutMaxPeersHasNoSlotForAFourthReplica() {
        DrbdLab lab = new DrbdLab(dir, 4);
        for (String host : InitialSyncTest.HOSTS) {
            lab.lv(host, "r0_00000", "1g");
            lab.writeFile(host, InitialSyncTest.r0());
            lab.ok(host, "drbdadm", "create-md", "r0");
            lab.ok(host, "drbdadm", "up", "r0");
        }
        ResourceConfig four = DrbdLab.resource("r0", 1000, 7000, List.of("alpha", "beta", "gamma", "delta"), List.of(),
                Map.of("quorum", "majority", "auto-promote", "no"));
        lab.writeFile("alpha", four);
        CommandResult adjust = lab.run("alpha", "drbdadm", "adjust", "r0");
        assertEquals(1, adjust.exitCode(), "two bitmaps, both taken by beta and gamma");
        assertEquals("r0: Failure: (162) Invalid configuration request\nCommand 'drbdsetup connect r0 3' terminated with exit code 10\n",
                adjust.stderr());
        lab.ok("alpha", "drbdadm", "down", "r0");
        CommandResult attach = lab.run("alpha", "drbdadm", "up", "r0");
        assertTrue(attach.stderr().contains("additional info from kernel:\nNot enough free bitmap slots (available=0, needed=1)\n"), attach.stderr());
    }

    @Test
    void removingAReplicaFreesItsSlotOnTheOthers() {
        DrbdLab lab = upToDate();
        ResourceConfig two = DrbdLab.resource("r0", 1000, 7000, List.of("alpha", "beta"), List.of(), Map.of("quorum", "majority", "auto-promote", "no"));
        lab.ok("gamma", "drbdsetup", "down", "r0");
        assertEquals(0, lab.run("gamma", "lvremove", "-f", "vg0/r0_00000").exitCode(), "no longer held by DRBD");
        for (String host : List.of("alpha", "beta")) {
            CommandResult connected = lab.run(host, "drbdsetup", "forget-peer", "r0", "2");
            assertEquals(new CommandResult(10, "", "r0: Failure: (125) Device has a net-config (use disconnect first)\n"), connected);
            lab.writeFile(host, two);
            lab.ok(host, "drbdsetup", "del-peer", "r0", "2");
            lab.ok(host, "drbdsetup", "forget-peer", "r0", "2");
            assertEquals("", lab.ok(host, "drbdadm", "-d", "adjust", "r0"), "nothing left to adjust on " + host);
            String gi = lab.ok(host, "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "dump-md", "--force");
            assertTrue(gi.contains("peer[2] {\n    bitmap-index -1;"), gi);
        }
        assertEquals(1, lab.status("alpha", "r0").get("connections").size());
        assertTrue(lab.status("alpha", "r0").get("devices").get(0).get("quorum").asBoolean());
    }
}
