package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.drbd.ResourceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A 3-node resource from Berth's files: create-md and up give Connected/Inconsistent; clear-bitmap or force-resync make it UpToDate. */
class InitialSyncTest {
    @TempDir
    Path dir;

    static final List<String> HOSTS = List.of("alpha", "beta", "gamma");

    static DrbdLab threeNodes(Path dir, ResourceConfig... resources) {
        DrbdLab lab = new DrbdLab(dir, 3);
        for (ResourceConfig resource : resources) {
            for (String host : HOSTS) {
                lab.lv(host, resource.name() + "_00000", "1g");
                lab.writeFile(host, resource);
                lab.ok(host, "drbdadm", "--max-peers", "7", "--", "--force", "create-md", resource.name());
            }
            for (String host : HOSTS) lab.ok(host, "drbdadm", "up", resource.name());
        }
        return lab;
    }

    static ResourceConfig r0() {
        return DrbdLab.resource("r0", 1000, 7000, HOSTS, List.of(), Map.of("quorum", "majority", "auto-promote", "no"));
    }

    @Test
    void upEverywhereConnectsWithInconsistentDisks() {
        DrbdLab lab = threeNodes(dir, r0());
        for (String host : HOSTS) {
            JsonNode status = lab.status(host, "r0");
            assertEquals("Inconsistent", status.get("devices").get(0).get("disk-state").asString(), host);
            for (JsonNode connection : status.get("connections")) {
                assertEquals("Connected", connection.get("connection-state").asString(), host + " to " + connection.get("name"));
                assertEquals("Established", connection.get("peer_devices").get(0).get("replication-state").asString());
                assertEquals("Inconsistent", connection.get("peer_devices").get(0).get("peer-disk-state").asString());
            }
        }
    }

    @Test
    void clearBitmapMakesEveryReplicaUpToDateWithoutResync() {
        DrbdLab lab = threeNodes(dir, r0());
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r0/0");
        for (String host : HOSTS) {
            assertEquals("UpToDate", lab.disk(host, "r0"), host);
            for (JsonNode connection : lab.status(host, "r0").get("connections")) {
                JsonNode peer = connection.get("peer_devices").get(0);
                assertEquals("Established", peer.get("replication-state").asString());
                assertEquals("UpToDate", peer.get("peer-disk-state").asString());
                assertEquals(0, peer.get("out-of-sync").asLong());
            }
        }
    }

    @Test
    void aResyncFillsAThinTargetAsTheDataArrives() {
        DrbdLab lab = new DrbdLab(dir, 3);
        ResourceConfig thin = DrbdLab.resource("r2", 1002, 7002, List.of("alpha", "beta"), List.of(), Map.of());
        for (String host : List.of("alpha", "beta")) {
            lab.ok(host, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg0/thin");
            lab.ok(host, "lvcreate", "--virtualsize", "1048576k", "vg0", "--thinpool", "thin", "--name", "r2_00000");
            lab.writeFile(host, thin);
            lab.ok(host, "drbdadm", "--max-peers", "7", "create-md", "r2");
            lab.ok(host, "drbdadm", "up", "r2");
        }
        lab.ok("alpha", "drbdadm", "new-current-uuid", "--force-resync", "r2/0");
        lab.advance(Duration.ofSeconds(5));
        lab.status("beta", "r2");
        double half = Double.parseDouble(lab.ok("beta", "lvs", "--noheadings", "-o", "data_percent", "vg0/r2_00000").strip());
        assertTrue(half > 40 && half < 60, "about half of 1 GiB at 100 MiB/s after 5 s: " + half);
        lab.advance(Duration.ofSeconds(6));
        lab.status("beta", "r2");
        double full = Double.parseDouble(lab.ok("beta", "lvs", "--noheadings", "-o", "data_percent", "vg0/r2_00000").strip());
        assertTrue(full > 99, "the whole device was written: " + full);
        assertEquals("0.00", lab.ok("alpha", "lvs", "--noheadings", "-o", "data_percent", "vg0/r2_00000").strip(), "the source only reads");
    }

    @Test
    void forceResyncMakesOneNodeTheSourceAndProgressFollowsTheClock() {
        DrbdLab lab = threeNodes(dir, r0());
        lab.ok("alpha", "drbdadm", "new-current-uuid", "--force-resync", "r0/0");
        assertEquals("UpToDate", lab.disk("alpha", "r0"));
        JsonNode toBeta = lab.peerDevice("alpha", "r0", "beta");
        assertEquals("SyncSource", toBeta.get("replication-state").asString());
        assertEquals("Inconsistent", toBeta.get("peer-disk-state").asString());
        long before = toBeta.get("out-of-sync").asLong();
        assertTrue(before > 1_000_000, "a full 1 GiB to go: " + before);
        assertEquals("SyncTarget", lab.peerDevice("beta", "r0", "alpha").get("replication-state").asString());
        assertEquals("Inconsistent", lab.disk("beta", "r0"));

        lab.advance(Duration.ofSeconds(5));
        JsonNode later = lab.peerDevice("alpha", "r0", "beta");
        assertTrue(later.get("out-of-sync").asLong() < before, later.toString());
        assertEquals(5000, later.get("rs-dt-start-ms").asLong());
        assertTrue(later.get("percent-resync-done").asDouble() > 40, later.toString());

        lab.advance(Duration.ofSeconds(10));
        for (String host : HOSTS) assertEquals("UpToDate", lab.disk(host, "r0"), host);
        assertEquals("Established", lab.peerDevice("alpha", "r0", "gamma").get("replication-state").asString());
    }
}
