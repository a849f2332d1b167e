package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.discovery.parse.HostInventoryParser;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.DrbdInventory;
import dev.berth.observed.DrbdModule;
import dev.berth.observed.FindingKind;
import dev.berth.observed.KernelConnection;
import dev.berth.observed.KernelResource;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery's batch on lab hosts running DRBD, read by the real parsers: the module is recognised
 * (drbdadm --version, /proc/drbd), and drbdadm dump, show --json and status --json all read with
 * no unreadable output, during a resync and with a diskless client, a StandAlone peer and a host down.
 */
class DiscoveryReadsTheLabTest {
    @TempDir
    Path dir;

    private ReachableHost discover(DrbdLab lab, String node) throws Exception {
        List<Command> batch = DiscoveryCommands.batch(List.of("/dev/sdb"));
        List<CommandResult> results = lab.lab.connect(node).runBatch(batch);
        ObservedHost host = HostInventoryParser.parse(node, Optional.of(node), batch, results);
        ReachableHost reachable = host.reachable().orElseThrow();
        for (FindingKind bad : List.of(FindingKind.OUTPUT_UNREADABLE, FindingKind.COMMAND_FAILED, FindingKind.RESOURCE_NOT_MODELLED,
                FindingKind.DRBD_MODULE_MISSING)) {
            assertTrue(reachable.findings(bad).isEmpty(), node + ": " + reachable.findings(bad));
        }
        return reachable;
    }

    @Test
    void everyDrbdOutputOfTheLabReads() throws Exception {
        DrbdLab lab = InitialSyncTest.threeNodes(dir, InitialSyncTest.r0());
        var client = DrbdLab.resource("r1", 1001, 7001, InitialSyncTest.HOSTS, List.of("gamma"), Map.of("quorum", "majority"));
        for (String host : List.of("alpha", "beta")) {
            lab.lv(host, "r1_00000", "256m");
            lab.writeFile(host, client);
            lab.ok(host, "drbdadm", "--max-peers", "7", "create-md", "r1");
        }
        lab.writeFile("gamma", client);
        for (String host : InitialSyncTest.HOSTS) lab.ok(host, "drbdadm", "up", "r1");
        lab.ok("alpha", "drbdadm", "new-current-uuid", "--force-resync", "r0/0");
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r1/0");
        lab.ok("beta", "drbdadm", "disconnect", "r1:gamma");
        lab.advance(Duration.ofSeconds(2));
        lab.lab.down("gamma");

        ReachableHost alpha = discover(lab, "alpha");
        assertEquals(DrbdModule.DRBD_9, alpha.facts().drbdModule());
        assertEquals(Optional.of("9.2.5"), alpha.facts().drbdKernelVersion());
        DrbdInventory drbd = alpha.inventory().drbd();
        List<ConfiguredResource> configured = drbd.configured().value().orElseThrow();
        assertEquals(List.of("r0", "r1"), configured.stream().map(ConfiguredResource::name).toList());
        assertTrue(configured.stream().allMatch(c -> c.definition().isPresent() && !c.ignoredOnThisHost()));
        KernelResource kernel = drbd.kernel().value().orElseThrow().get(0);
        assertEquals(Optional.of(0), kernel.nodeId());
        KernelConnection toBeta = kernel.connections().stream().filter(c -> c.peerNodeId() == 1).findFirst().orElseThrow();
        assertEquals("10.0.0.2", toBeta.paths().get(0).remoteHost().address());
        assertTrue(toBeta.net().get("shared-secret").startsWith("sha256:"), "the secret arrives as a digest only");
        ResourceStatus r0 = drbd.status().value().orElseThrow().get(0);
        assertEquals("SyncSource", r0.connection(1).orElseThrow().peerDevices().get(0).replicationState().text());
        assertTrue(r0.connection(1).orElseThrow().peerDevices().get(0).percentResyncDone().isPresent());
        assertEquals("Connecting", r0.connection(2).orElseThrow().connectionState().text(), "gamma is down");

        ReachableHost beta = discover(lab, "beta");
        ResourceStatus r1 = beta.inventory().drbd().status().value().orElseThrow().get(1);
        assertEquals("StandAlone", r1.connection(2).orElseThrow().connectionState().text());
        lab.lab.up("gamma");
        ReachableHost gamma = discover(lab, "gamma");
        ResourceStatus onClient = gamma.inventory().drbd().status().value().orElseThrow().get(1);
        assertTrue(onClient.devices().get(0).client());
    }
}
