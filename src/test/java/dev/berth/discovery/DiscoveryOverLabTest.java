package dev.berth.discovery;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.observed.FindingKind;
import dev.berth.observed.HostErrorKind;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.UnreachableHost;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;
import dev.berth.spec.StackReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Discovery end to end over the simulated lab: the batch, the lab's answers and the parsers agree. */
class DiscoveryOverLabTest {
    /** Findings that would mean the lab and the parsers disagree about a format. */
    static final Set<FindingKind> DISAGREEMENT = EnumSet.of(FindingKind.OUTPUT_UNREADABLE, FindingKind.COMMAND_FAILED,
            FindingKind.HOSTNAME_MISMATCH, FindingKind.LVM_MISSING, FindingKind.DEVICE_NOT_FOUND);

    @TempDir
    Path dir;

    static DesiredCluster stack(String name) {
        return Examples.load(name);
    }

    static ObservedCluster discover(DesiredCluster cluster, SimLab lab) {
        return new Discovery(new LabConnector(lab), cluster.connection().parallelism()).discover(DiscoveryTargets.of(cluster));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsDiscoveredCleanlyOnAFreshLab() throws IOException {
        return Examples.folders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            DesiredCluster cluster = StackReader.read(folder).cluster().orElseThrow();
            SimLab lab = StackLab.reset(cluster, dir.resolve(cluster.name()), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
            ObservedCluster observed = discover(cluster, lab);
            assertEquals(cluster.nodes().keySet(), observed.hosts().keySet());
            for (ReachableHost host : observed.reachable()) {
                host.findings().forEach(f -> assertFalse(DISAGREEMENT.contains(f.kind()), host.node() + ": " + f));
                assertEquals(cluster.nodes().get(host.node()).hostname(), host.facts().hostname().orElseThrow());
                host.inventory().signatures().forEach((device, reading) ->
                        assertTrue(reading.value().orElseThrow().isBlank(), host.node() + " " + device + " should be blank"));
            }
            assertTrue(observed.unreachable().isEmpty());
        }));
    }

    @Test
    void poolsTheStackExpectsToExistAreThereAndEmpty() {
        DesiredCluster cluster = stack("tiebreaker-pair");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        ReachableHost storeA = discover(cluster, lab).hosts().get("store-a").reachable().orElseThrow();
        var lvm = storeA.inventory().lvm();
        assertTrue(lvm.volumeGroup("vg_data").isPresent());
        assertTrue(lvm.logicalVolume("vg_data", "pool0").orElseThrow().isThinPool());
        ReachableHost arbiter = discover(cluster, lab).hosts().get("arbiter").reachable().orElseThrow();
        assertTrue(arbiter.inventory().lvm().volumeGroups().value().orElseThrow().isEmpty(), "the diskless arbiter has no pool");
    }

    @Test
    void anUnreachableHostIsAFactAndTheOthersAreStillDiscovered() {
        DesiredCluster cluster = stack("mysql-ha");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        lab.down("worker-2");
        ObservedCluster observed = discover(cluster, lab);
        UnreachableHost down = observed.unreachable().get(0);
        assertEquals("worker-2", down.node());
        assertEquals(HostErrorKind.UNREACHABLE, down.kind());
        assertEquals(2, observed.reachable().size());
    }

    @Test
    void aFailingCommandLeavesItsPartUnknownWithAFindingAndTheRestKnown() {
        DesiredCluster cluster = stack("tiebreaker-pair");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        lab.fault("store-b", "lvs *", 1, 0, false);
        ReachableHost storeB = discover(cluster, lab).hosts().get("store-b").reachable().orElseThrow();
        assertTrue(storeB.inventory().lvm().logicalVolumes().value().isEmpty(), "the LV list is unknown, not empty");
        assertTrue(storeB.inventory().lvm().logicalVolumes().reason().orElseThrow().command().argv().contains("lvs"));
        assertTrue(storeB.inventory().lvm().volumeGroup("vg_data").isPresent(), "the VG list is still known");
    }

    @Test
    void aHangingHostTimesOutWithoutHoldingUpTheOthers() {
        DesiredCluster cluster = stack("mysql-ha");
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        lab.fault("worker-3", "uname -n", 1, 0, true);
        ObservedCluster observed = discover(cluster, lab);
        assertEquals(HostErrorKind.TIMEOUT, ((UnreachableHost) observed.hosts().get("worker-3")).kind());
        assertEquals(2, observed.reachable().size());
    }
}
