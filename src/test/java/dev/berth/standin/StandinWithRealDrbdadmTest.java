package dev.berth.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.discovery.parse.CommandOutput;
import dev.berth.discovery.parse.DrbdsetupShowParser;
import dev.berth.discovery.parse.DrbdsetupStatusParser;
import dev.berth.discovery.parse.Parsed;
import dev.berth.model.Size;
import dev.berth.observed.ConnectionState;
import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.DiskState;
import dev.berth.observed.KernelResource;
import dev.berth.observed.ReplicationState;
import dev.berth.observed.ResourceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real drbdadm (drbd-utils 9.22) drives the stand-in for three hosts that share one folder:
 * create-md, up, the connection mesh, the skipped initial sync, adjust after an option change and
 * a peer removal, an online grow with its resync, down, a reboot, and a planted create-md fault;
 * what the stand-in prints is read with Berth's own discovery parsers.
 */
class StandinWithRealDrbdadmTest {
    private static final List<String> HOSTS = List.of("alpha", "beta", "gamma");
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path folder;
    private StandinHosts lab;

    @AfterEach
    void stopTheServer() {
        if (lab != null) lab.close();
    }

    private StandinHosts hostsWithResource(String... hosts) throws Exception {
        return hostsWithResource(true, hosts);
    }

    private StandinHosts hostsWithResource(boolean resident, String... hosts) throws Exception {
        lab = new StandinHosts(folder, HOSTS, resident);
        lab.resourceFile(StandinResources.twoVolumes(List.of(hosts), "max-buffers 3000;"));
        for (String host : HOSTS) {
            lab.devices(host, "/dev/vg0/r0_00000 " + 16 * MIB + " " + host + "-uuid-0", "/dev/vg0/r0_00001 " + 8 * MIB + " " + host + "-uuid-1");
        }
        return lab;
    }

    private StandinHosts upAndInSync() throws Exception {
        StandinHosts lab = hostsWithResource("alpha", "beta", "gamma");
        for (String host : HOSTS) lab.drbdadm(host, "create-md", "--max-peers", "7", "--force", "r0").assertSucceeded("create-md on " + host);
        for (String host : HOSTS) lab.drbdadm(host, "up", "r0").assertSucceeded("up on " + host);
        for (String volume : List.of("r0/0", "r0/1")) lab.drbdadm("alpha", "new-current-uuid", "--clear-bitmap", volume).assertSucceeded("new-current-uuid");
        return lab;
    }

    @Test
    void upConnectsAllHostsAndClearBitmapSkipsTheInitialSync() throws Exception {
        StandinHosts lab = hostsWithResource("alpha", "beta", "gamma");
        for (String host : HOSTS) lab.drbdadm(host, "create-md", "--max-peers", "7", "--force", "r0").assertSucceeded("create-md on " + host);
        for (String host : HOSTS) lab.drbdadm(host, "up", "r0").assertSucceeded("up on " + host);
        List<String> calls = lab.calls("alpha");
        int up = calls.indexOf("drbdsetup new-resource r0 0 --auto-promote=no --quorum=majority");
        assertTrue(up > 0, () -> "create-md, then up: " + calls);
        assertEquals(List.of("drbdsetup new-minor r0 1000 0", "drbdsetup new-minor r0 1001 1"), calls.subList(up + 1, up + 3));
        ResourceStatus fresh = status(lab, "alpha");
        assertEquals(2, fresh.connections().size());
        for (ConnectionStatus peer : fresh.connections()) assertTrue(peer.connectionState().is(ConnectionState.CONNECTED), peer.toString());
        for (DeviceStatus device : fresh.devices()) assertTrue(device.diskState().is(DiskState.INCONSISTENT), device.toString());

        for (String volume : List.of("r0/0", "r0/1")) lab.drbdadm("alpha", "new-current-uuid", "--clear-bitmap", volume).assertSucceeded("new-current-uuid");
        for (String host : HOSTS) {
            ResourceStatus resource = status(lab, host);
            for (DeviceStatus device : resource.devices()) assertTrue(device.diskState().is(DiskState.UP_TO_DATE), host + ": " + device);
            for (ConnectionStatus peer : resource.connections()) {
                for (var peerDevice : peer.peerDevices()) assertTrue(peerDevice.peerDiskState().is(DiskState.UP_TO_DATE), host + ": " + peer);
            }
        }
        KernelResource shown = show(lab, "beta");
        assertEquals(Optional.of(1), shown.nodeId());
        assertEquals(List.of(0, 2), shown.connections().stream().map(c -> c.peerNodeId()).toList());
        assertEquals("3000", shown.connections().get(0).net().get("max-buffers"));
        assertTrue(lab.direct("gamma", "drbdsetup", "events2", "--now", "r0").stdout().contains("exists device name:r0 volume:1 minor:1001"));
    }

    @Test
    void adjustAppliesAnOptionChangeAndAPeerRemoval() throws Exception {
        StandinHosts lab = upAndInSync();
        lab.resourceFile(StandinResources.twoVolumes(HOSTS, "max-buffers 4000;"));
        lab.drbdadm("alpha", "adjust", "r0").assertSucceeded("adjust");
        assertTrue(lab.calls("alpha").contains("drbdsetup show r0"), "adjust reads the running configuration with the text show");
        assertEquals("4000", show(lab, "alpha").connections().get(0).net().get("max-buffers"));
        assertEquals("3000", show(lab, "beta").connections().get(0).net().get("max-buffers"));

        lab.drbdadm("gamma", "down", "r0").assertSucceeded("down on gamma");
        lab.resourceFile(StandinResources.twoVolumes(List.of("alpha", "beta"), "max-buffers 4000;"));
        for (String host : List.of("alpha", "beta")) lab.drbdadm(host, "adjust", "r0").assertSucceeded("adjust on " + host);
        assertTrue(lab.calls("alpha").contains("drbdsetup del-peer r0 2"), () -> "adjust removes the peer: " + lab.calls("alpha"));
        ResourceStatus alpha = status(lab, "alpha");
        assertEquals(List.of(1), alpha.connections().stream().map(ConnectionStatus::peerNodeId).toList());
        assertTrue(alpha.connections().get(0).connectionState().is(ConnectionState.CONNECTED));
        assertEquals(List.of(), statuses(lab, "gamma"));
    }

    @Test
    void resizeGrowsEveryReplicaAndResyncsTheNewArea() throws Exception {
        StandinHosts lab = upAndInSync();
        Files.writeString(lab.shared().resolve("sync-rate"), Long.toString(64 * MIB));
        for (String host : HOSTS) {
            lab.devices(host, "/dev/vg0/r0_00000 " + 48 * MIB + " " + host + "-uuid-0", "/dev/vg0/r0_00001 " + 8 * MIB + " " + host + "-uuid-1");
        }
        lab.drbdadm("beta", "resize", "r0/0").assertSucceeded("resize");
        ResourceStatus during = status(lab, "alpha");
        assertTrue(during.devices().get(0).size().orElseThrow().compareTo(Size.ofBytes(40 * MIB)) > 0, during.toString());
        assertTrue(during.connections().stream().flatMap(c -> c.peerDevices().stream()).anyMatch(p -> p.replicationState().is(ReplicationState.SYNC_SOURCE)
                || p.replicationState().is(ReplicationState.SYNC_TARGET)), () -> "a 32 MiB grow at 64 MiB/s is still syncing: " + during);
        long deadline = System.currentTimeMillis() + 10_000;
        ResourceStatus after = during;
        while (System.currentTimeMillis() < deadline && !settled(after)) {
            Thread.sleep(100);
            after = status(lab, "alpha");
        }
        assertTrue(settled(after), after.toString());
    }

    @Test
    void downRemovesTheResourceAndAFreshRunFolderIsAReboot() throws Exception {
        StandinHosts lab = upAndInSync();
        lab.drbdadm("beta", "down", "r0").assertSucceeded("down");
        assertEquals(List.of(), statuses(lab, "beta"));
        assertTrue(status(lab, "alpha").connection(1).orElseThrow().connectionState().is(ConnectionState.CONNECTING));

        Files.delete(lab.root("gamma").resolve("boot-id"));
        assertEquals(List.of(), statuses(lab, "gamma"), "gamma's /run is new: its kernel has no resources");
        StandinHosts.Run md = lab.direct("gamma", "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "dump-md");
        assertTrue(md.stdout().contains("max-peers 7"), "metadata is on disk and survives: " + md);
    }

    @Test
    void aFaultFileMakesCreateMdFailLikeTheRealTool() throws Exception {
        // one JVM per call here, so that path is covered too
        StandinHosts lab = hostsWithResource(false, "alpha", "beta", "gamma");
        Files.writeString(lab.root("beta").resolve("faults"), "# planted by the test\ndrbdmeta * create-md*\n");
        StandinHosts.Run refused = lab.drbdadm("beta", "create-md", "--force", "r0");
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.stderr().contains("open(/dev/vg0/r0_00000) failed: Input/output error"), refused.stderr());
        lab.drbdadm("alpha", "create-md", "--force", "r0").assertSucceeded("create-md on a host without the fault");
        Files.delete(lab.root("beta").resolve("faults"));
        lab.drbdadm("beta", "create-md", "--force", "r0").assertSucceeded("create-md once the fault is gone");
    }

    private static boolean settled(ResourceStatus status) {
        return status.connections().stream().flatMap(c -> c.peerDevices().stream()).allMatch(p -> p.replicationState().is(ReplicationState.ESTABLISHED)
                && p.peerDiskState().is(DiskState.UP_TO_DATE));
    }

    private static ResourceStatus status(StandinHosts lab, String host) {
        List<ResourceStatus> all = statuses(lab, host);
        assertEquals(1, all.size(), () -> host + ": " + all);
        return all.get(0);
    }

    private static List<ResourceStatus> statuses(StandinHosts lab, String host) {
        StandinHosts.Run run = lab.direct(host, "drbdsetup", "status", "--json").assertSucceeded("status on " + host);
        return value(DrbdsetupStatusParser.parse(CommandOutput.of(host, DiscoveryCommands.DRBD_STATUS, 0, run.stdout(), run.stderr())));
    }

    private static KernelResource show(StandinHosts lab, String host) {
        StandinHosts.Run run = lab.direct(host, "drbdsetup", "show", "--json").assertSucceeded("show on " + host);
        List<KernelResource> all = value(DrbdsetupShowParser.parse(CommandOutput.of(host, DiscoveryCommands.DRBD_KERNEL_CONFIG, 0, run.stdout(), run.stderr())));
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static <T> T value(Parsed<T> parsed) {
        assertTrue(parsed.succeeded(), () -> "Berth's parser refused the stand-in's output: " + parsed.diagnostic());
        return parsed.value().orElseThrow();
    }

}
