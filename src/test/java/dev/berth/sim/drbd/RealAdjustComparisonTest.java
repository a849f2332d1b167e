package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's {@code drbdsetup show} and its adjust diff, checked by the real drbdadm 9.22: for a
 * kernel state reached in the lab and a changed resource file, the real tool reading the lab's
 * show text ({@code FAKE_DRBDSETUP_SHOW}) must plan exactly the lines the lab's drbdadm plans.
 * This proves the show text (the real parser accepts it and sees the same kernel) and the diff.
 */
class RealAdjustComparisonTest {
    @TempDir
    Path dir;

    private DrbdLab lab;
    private InstalledDrbdUtils real;

    private void setUp() {
        real = InstalledDrbdUtils.require(dir);
        lab = InitialSyncTest.threeNodes(dir.resolve("lab"), InitialSyncTest.r0());
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r0/0");
    }

    /** Writes {@code resource} on {@code host}, then compares the two plans; returns the lab's. */
    private String compare(String host, ResourceConfig resource) throws Exception {
        lab.writeFile(host, resource);
        String planned = lab.ok(host, "drbdadm", "-d", "adjust", resource.name());
        String show = lab.ok(host, "drbdsetup", "show", resource.name());
        String file = ResourceFileWriter.write(resource, DrbdLab.SECRET);
        assertEquals(real.dryRunAdjust(host, resource.name(), file, show), planned, "on " + host + " with kernel:\n" + show);
        return planned;
    }

    private static ResourceConfig changed(ResourceConfig base, Consumer<TreeMap<String, String>> options, Consumer<TreeMap<String, String>> net,
                                          Consumer<TreeMap<String, String>> disk) {
        TreeMap<String, String> o = new TreeMap<>(base.options());
        TreeMap<String, String> n = new TreeMap<>(base.net());
        TreeMap<String, String> d = new TreeMap<>(base.disk());
        options.accept(o);
        net.accept(n);
        disk.accept(d);
        return new ResourceConfig(base.name(), o, n, d, base.sharedSecret(), base.hosts(), base.connections());
    }

    @Test
    void anUnchangedFileNeedsNothingOnAnyHost() throws Exception {
        setUp();
        for (String host : InitialSyncTest.HOSTS) assertEquals("", compare(host, InitialSyncTest.r0()));
    }

    @Test
    void changedOptionsAreReSetAndNothingElse() throws Exception {
        setUp();
        ResourceConfig tuned = changed(InitialSyncTest.r0(), o -> o.put("on-no-quorum", "io-error"), n -> n.put("verify-alg", "crc32c"),
                d -> { d.put("al-extents", "3389"); d.put("resync-rate", "100M"); d.put("c-max-rate", "102400k"); });
        String planned = compare("alpha", tuned);
        assertFalse(planned.isEmpty());
        lab.ok("alpha", "drbdadm", "adjust", "r0");
        assertEquals("", compare("alpha", tuned), "after adjust the kernel matches the file");
    }

    @Test
    void aNewPeerAMovedPortAndARemovedPeer() throws Exception {
        setUp();
        compare("alpha", DrbdLab.resource("r0", 1000, 7000, List.of("alpha", "beta", "gamma", "delta"), List.of(), Map.of("quorum", "majority", "auto-promote", "no")));
        compare("beta", DrbdLab.resource("r0", 1000, 7000, List.of("alpha", "beta"), List.of(), Map.of("quorum", "majority", "auto-promote", "no")));
        compare("gamma", DrbdLab.resource("r0", 1000, 7100, InitialSyncTest.HOSTS, List.of(), Map.of("quorum", "majority", "auto-promote", "no")));
    }

    @Test
    void standAlonePeersDetachedDisksAndADisklessClient() throws Exception {
        setUp();
        lab.ok("alpha", "drbdadm", "disconnect", "r0:beta");
        lab.ok("gamma", "drbdadm", "detach", "r0");
        compare("alpha", InitialSyncTest.r0());
        compare("gamma", InitialSyncTest.r0());
        ResourceConfig client = DrbdLab.resource("r1", 1001, 7001, InitialSyncTest.HOSTS, List.of("gamma"), Map.of("quorum", "majority"));
        for (String host : List.of("alpha", "beta")) {
            lab.lv(host, "r1_00000", "256m");
            lab.writeFile(host, client);
            lab.ok(host, "drbdadm", "--max-peers", "7", "create-md", "r1");
        }
        for (String host : InitialSyncTest.HOSTS) compare(host, client);
        for (String host : InitialSyncTest.HOSTS) lab.ok(host, "drbdadm", "adjust", "r1");
        ResourceConfig tuned = changed(client, o -> { }, n -> { }, d -> d.put("c-plan-ahead", "10"));
        for (String host : InitialSyncTest.HOSTS) compare(host, tuned);
    }
}
