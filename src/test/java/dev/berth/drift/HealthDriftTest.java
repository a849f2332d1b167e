package dev.berth.drift;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.DriftIgnore;
import dev.berth.model.Size;
import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DrbdInventory;
import dev.berth.observed.HostInventory;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.Reading;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.SuspendReason;
import dev.berth.plan.PlanOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import dev.berth.testing.PlannedLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pure function on an applied lab's observed state, with what the lab cannot produce edited
 * into one host's DRBD status: suspended I/O and out-of-sync blocks. Also where a difference
 * stands when the stack the hosts applied is not this one, and the muting rules.
 */
class HealthDriftTest {
    @TempDir
    Path dir;

    @Test
    void suspendedIoAndOutOfSyncBlocksAreHealthWithTheirDrbdCommands() {
        DesiredCluster cluster = Examples.load("mysql-ha");
        CliRun apply = CliRun.of("apply", Examples.FOLDER.resolve("mysql-ha").toString(), "--state-dir", dir.toString(), "--auto-approve");
        assertEquals(0, apply.exitCode(), apply::toString);
        SimLab lab = SimLab.open(dir.resolve("lab/mysql-ha"));
        ObservedCluster observed = troubled(PlannedLab.discover(cluster, lab));
        DriftReport report = Drift.report(cluster, observed, PlannedLab.plan(cluster, lab, PlanOptions.defaults()), PlanOptions.defaults());
        List<String> lines = report.drift().stream().map(d -> d.kind().spelling() + " " + d.address() + " " + d.field() + ": " + d.actual()
                + " -> " + d.action() + " [" + d.origin().spelling() + "]").toList();
        assertEquals(List.of(
                "health drbd.mysql-data-1@worker-1 out-of-sync worker-2 volume 0: 4MiB out of sync -> resync the blocks: on worker-1: "
                        + "drbdadm disconnect mysql-data-1:worker-2 then drbdadm connect mysql-data-1:worker-2 [stack-changed]",
                "health drbd.mysql-data-1@worker-1 suspended: I/O suspended (quorum) -> restore quorum first; then on worker-1: "
                        + "drbdadm resume-io mysql-data-1 [stack-changed]"), lines);
        assertEquals("older", report.hosts().get(0).status().spelling(), "the hosts applied the stack's real digest, not sha256:test");
        assertTrue(report.hosts().get(0).planId().isPresent());
    }

    /** worker-1's mysql-data-1: I/O suspended for quorum, 4 MiB out of sync towards its first peer. */
    private static ObservedCluster troubled(ObservedCluster observed) {
        TreeMap<String, ObservedHost> hosts = new TreeMap<>(observed.hosts());
        ReachableHost host = observed.hosts().get("worker-1").reachable().orElseThrow();
        List<ResourceStatus> statuses = new ArrayList<>();
        for (ResourceStatus s : host.inventory().drbd().status().value().orElseThrow()) {
            if (!s.name().equals("mysql-data-1")) {
                statuses.add(s);
                continue;
            }
            List<ConnectionStatus> connections = new ArrayList<>(s.connections());
            ConnectionStatus first = connections.get(0);
            PeerDeviceStatus peer = first.peerDevices().get(0);
            connections.set(0, new ConnectionStatus(first.peerNodeId(), first.name(), first.connectionState(), first.peerRole(),
                    List.of(new PeerDeviceStatus(peer.volume(), peer.replicationState(), peer.peerDiskState(), peer.peerClient(),
                            peer.resyncSuspended(), Size.ofMiB(4), peer.percentInSync(), peer.percentResyncDone(),
                            peer.estimatedSecondsToFinish()))));
            statuses.add(new ResourceStatus(s.name(), s.nodeId(), s.role(), true, List.of(SuspendReason.QUORUM), s.writeOrdering(),
                    s.devices(), connections));
        }
        HostInventory inventory = host.inventory();
        DrbdInventory drbd = new DrbdInventory(inventory.drbd().configured(), inventory.drbd().kernel(), Reading.known(statuses));
        hosts.put("worker-1", new ReachableHost(host.node(), host.facts(), new HostInventory(inventory.blockDevices(), inventory.signatures(),
                inventory.lvm(), inventory.zfs(), drbd, inventory.files(), inventory.linstorFiles()), host.findings()));
        return new ObservedCluster(hosts);
    }

    @Test
    void aFieldMutesItselfItsOptionsAndItsPeersButNothingElse() {
        assertTrue(Muting.names("size", "size"));
        assertTrue(Muting.names("net", "net.protocol"));
        assertTrue(Muting.names("connection", "connection worker-3"));
        assertTrue(Muting.names("*", "quorum"));
        assertTrue(!Muting.names("net", "network"));
        assertTrue(!Muting.names("net.protocol", "net.max-buffers"));
        DriftItem item = new DriftItem(DriftKind.CHANGED, dev.berth.model.Address.volume("db", 0, "w1"), java.util.Optional.of("w1"), "size",
                "1GiB", "2GiB", "berth apply", Origin.SINCE_LAST_APPLY);
        assertTrue(Muting.mute(item, List.of(new DriftIgnore("volume.db/*@w2", List.of("size"), "other host"))).isEmpty());
        assertEquals("grown on purpose", Muting.mute(item, List.of(new DriftIgnore("volume.db/*", List.of("marker"), "no"),
                new DriftIgnore("volume.*", List.of("size"), "grown on purpose"))).orElseThrow().reason());
    }
}
