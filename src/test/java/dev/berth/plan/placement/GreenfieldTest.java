package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.observed.ObservedCluster;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New stacks on a fresh lab: the numbers LINSTOR would hand out, in name order. */
class GreenfieldTest {
    @TempDir
    Path dir;

    @Test
    void mysqlHaPutsOneReplicaPerZoneAndNumbersThemInNameOrder() {
        LabCluster lab = LabCluster.of(Examples.load("mysql-ha"), dir.resolve("lab"));
        ObservedCluster observed = lab.observe();
        Placements placements = Placement.place(lab.desired, observed, ExistingReplicas.read(lab.desired, observed));
        assertTrue(placements.problems().isEmpty(), placements.problems()::toString);
        for (String name : List.of("mysql-data-0", "mysql-data-1", "mysql-data-2")) {
            ResourcePlacement placement = placements.of(name);
            assertEquals(List.of("worker-1", "worker-2", "worker-3"), nodes(placement));
            assertTrue(placement.replicas().stream().allMatch(r -> r.origin() == PlacedReplica.Origin.PLACED && !r.diskless()));
            assertTrue(placement.removals().isEmpty() && placement.transitions().isEmpty());
        }
        Allocations allocations = Allocation.allocate(lab.desired, observed, placements, Map.of());
        assertTrue(allocations.problems().isEmpty(), allocations.problems()::toString);
        int[] minors = {1000, 1001, 1002};
        for (int i = 0; i < 3; i++) {
            ResourceAllocation allocation = allocations.of("mysql-data-" + i);
            assertEquals(Map.of(0, minors[i]), allocation.minors());
            assertEquals(7, allocation.peerSlots());
            assertEquals(List.of(new ReplicaAllocation("worker-1", 0, 7000 + i), new ReplicaAllocation("worker-2", 1, 7000 + i),
                    new ReplicaAllocation("worker-3", 2, 7000 + i)), allocation.replicas());
        }
    }

    @Test
    void tiebreakerPairGetsADisklessArbiterByRuleAndByList() {
        DesiredCluster stack = Examples.load("tiebreaker-pair");
        Placements placements = LabCluster.of(stack, dir.resolve("lab")).place();
        ResourcePlacement byRule = placements.of("vm-images");
        assertEquals(List.of(new PlacedReplica("arbiter", true, PlacedReplica.Origin.TIEBREAKER),
                new PlacedReplica("store-a", false, PlacedReplica.Origin.PLACED),
                new PlacedReplica("store-b", false, PlacedReplica.Origin.PLACED)), byRule.replicas());
        ResourcePlacement byList = placements.of("etcd");
        assertEquals(List.of(new PlacedReplica("arbiter", true, PlacedReplica.Origin.EXPLICIT),
                new PlacedReplica("store-a", false, PlacedReplica.Origin.EXPLICIT),
                new PlacedReplica("store-b", false, PlacedReplica.Origin.EXPLICIT)), byList.replicas());
    }

    @Test
    void zoneSpreadKeepsMaintenanceAndEvacuatingNodesOutOfNewPlacements() {
        Placements placements = LabCluster.of(Examples.load("zone-spread"), dir.resolve("lab")).place();
        for (String name : List.of("kafka-0", "kafka-1", "kafka-2", "registry")) {
            List<String> nodes = nodes(placements.of(name));
            assertEquals(3, nodes.size(), name + " " + nodes);
            assertTrue(nodes.contains("worker-7"), "worker-7 is zone c's only active node: " + nodes);
            assertTrue(!nodes.contains("worker-5") && !nodes.contains("worker-6") && !nodes.contains("client-1"));
        }
        assertEquals(List.of("client-1", "worker-1", "worker-3", "worker-7"), nodes(placements.of("app-cache")));
    }

    static List<String> nodes(ResourcePlacement placement) {
        return placement.replicas().stream().map(PlacedReplica::node).toList();
    }
}
