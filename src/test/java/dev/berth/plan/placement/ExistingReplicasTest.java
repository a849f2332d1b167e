package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading what is live from the files on lab hosts: Berth's count, others are foreign, dead hosts are known from peers. */
class ExistingReplicasTest {
    @TempDir
    Path dir;

    final DesiredCluster stack = Examples.load("mysql-ha");

    LiveResource data0() {
        return LiveResource.of(stack, "mysql-data-0", "vg_fast", 1004)
                .diskful("worker-1", 0, 7005).diskful("worker-2", 3, 7006).diskful("worker-3", 1, 7007);
    }

    @Test
    void berthsFilesGiveEachReplicaItsNodeIdMinorsPortsAndDisk() {
        ExistingResource live = LabCluster.of(stack, dir.resolve("lab")).live(data0(), "worker-1", "worker-2", "worker-3")
                .existing().of("mysql-data-0");
        assertEquals(List.of("worker-1", "worker-2", "worker-3"), List.copyOf(live.replicas().keySet()));
        ExistingReplica two = live.replica("worker-2").orElseThrow();
        assertEquals(3, two.nodeId());
        assertEquals(Map.of(0, 1004), two.minors());
        assertEquals(Map.of(0, "/dev/vg_fast/mysql-data-0_00000"), two.backingDisks());
        assertEquals(Optional.of(7006), two.port());
        assertEquals(Map.of("worker-1", 7005, "worker-3", 7007), two.peerPorts());
        assertTrue(two.seenOnHost() && two.hostReachable() && !two.adopted() && two.diskful());
        assertEquals(List.of(0, 1, 3), List.copyOf(live.nodeIdsInUse()));
        assertTrue(live.foreign().isEmpty() && live.inconsistencies().isEmpty());
    }

    @Test
    void aReplicaOnAnUnreachableHostIsKnownFromItsPeersFiles() {
        ExistingResource live = LabCluster.of(stack, dir.resolve("lab")).live(data0(), "worker-1", "worker-2", "worker-3")
                .down("worker-3").existing().of("mysql-data-0");
        ExistingReplica three = live.replica("worker-3").orElseThrow();
        assertFalse(three.hostReachable());
        assertFalse(three.seenOnHost());
        assertEquals(1, three.nodeId());
        assertEquals(Optional.of(7007), three.port());
    }

    @Test
    void aHandWrittenResourceIsForeignUnlessAdoptedWithMatchingVolumes() {
        LiveResource hand = data0();
        LabCluster lab = LabCluster.of(stack, dir.resolve("lab"));
        for (String node : List.of("worker-1", "worker-2", "worker-3")) lab.writeFile(node, "/etc/drbd.d/mysql-data-0.res", hand.handWrittenFile());
        ExistingResource notAdopted = lab.existing().of("mysql-data-0");
        assertTrue(notAdopted.replicas().isEmpty());
        assertEquals(3, notAdopted.foreign().size());
        assertEquals(ForeignDefinition.Owner.HAND_WRITTEN, notAdopted.foreign().get(0).owner());
        assertTrue(notAdopted.foreign().get(0).why().contains("ownership.adopt"), notAdopted.foreign().get(0).why());

        ExistingResource adopted = ExistingReplicas.read(Stacks.adopting(stack), lab.observe()).of("mysql-data-0");
        assertEquals(3, adopted.replicas().size());
        assertTrue(adopted.replica("worker-1").orElseThrow().adopted());

        LiveResource twoVolumes = LiveResource.of(stack, "mysql-data-1", "vg_fast", 1010, 1011).diskful("worker-1", 0, 7010)
                .diskful("worker-2", 1, 7010);
        lab.writeFile("worker-1", "/etc/drbd.d/mysql-data-1.res", twoVolumes.handWrittenFile());
        ExistingResource mismatch = ExistingReplicas.read(Stacks.adopting(stack), lab.observe()).of("mysql-data-1");
        assertTrue(mismatch.replicas().isEmpty());
        assertTrue(mismatch.foreign().get(0).why().contains("volumes [0, 1]"), mismatch.foreign().get(0).why());
    }

    @Test
    void aLinstorSatellitesResourceIsForeignEvenWhenAdopting() {
        LabCluster lab = LabCluster.of(stack, dir.resolve("lab"));
        lab.writeFile("worker-1", "/var/lib/linstor.d/mysql-data-2.res", data0().berthFile().replace("mysql-data-0", "mysql-data-2"));
        ExistingResource live = ExistingReplicas.read(Stacks.adopting(stack), lab.observe()).of("mysql-data-2");
        assertTrue(live.replicas().isEmpty());
        ForeignDefinition foreign = live.foreign().get(0);
        assertEquals(ForeignDefinition.Owner.LINSTOR, foreign.owner());
        assertEquals("worker-1", foreign.node());
        assertEquals("/var/lib/linstor.d/mysql-data-2.res", foreign.where());
        // Placement never puts a replica where another tool defines the resource.
        ResourcePlacement placement = Placement.place(Stacks.adopting(stack), lab.observe(),
                ExistingReplicas.read(Stacks.adopting(stack), lab.observe())).of("mysql-data-2");
        assertFalse(placement.replica("worker-1").isPresent());
        assertEquals(Problem.Kind.NOT_ENOUGH_NODES, placement.problems().get(0).kind());
        assertTrue(placement.problems().get(0).message().contains("worker-1: defined there by another owner"));
    }

    @Test
    void aHostThatListsAPeerWithoutItsOwnFileIsNotedNotCounted() {
        LiveResource live = data0();
        ExistingResource read = LabCluster.of(stack, dir.resolve("lab")).live(live, "worker-1", "worker-2").existing().of("mysql-data-0");
        assertEquals(List.of("worker-1", "worker-2"), List.copyOf(read.replicas().keySet()));
        assertEquals(Map.of("worker-3", 1), read.listedOnly());
        assertEquals(List.of(0, 1, 3), List.copyOf(read.nodeIdsInUse()), "a peer's kernel may still know node-id 1");
        assertTrue(read.inconsistencies().get(0).startsWith("worker-3: listed by its peers"), read.inconsistencies().toString());
    }
}
