package dev.berth.plan.placement;

import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties over 300 seeded random clusters; a failure names its seed, so it can be replayed alone. */
class PlacementPropertiesTest {
    static final int RUNS = 300;

    @Test
    void placementAndAllocationHoldTheirRulesOnRandomClusters() {
        for (long seed = 0; seed < RUNS; seed++) check(seed);
    }

    static void check(long seed) {
        RandomClusters random = RandomClusters.generate(seed);
        ExistingReplicas existing = ExistingReplicas.read(random.desired, random.observed);
        Placements placements = Placement.place(random.desired, random.observed, existing);
        assertEquals(placements, Placement.place(random.desired, random.observed, ExistingReplicas.read(random.desired, random.observed)),
                "seed " + seed + ": the same input must place the same way");
        Allocations allocations = Allocation.allocate(random.desired, random.observed, placements, Map.of());
        assertEquals(allocations, Allocation.allocate(random.desired, random.observed, placements, Map.of()), "seed " + seed);
        for (ResourcePlacement placement : placements.resources().values()) {
            String at = "seed " + seed + ", " + placement.resource() + ": " + placement;
            Resource resource = random.desired.resources().get(placement.resource());
            ResourceGroup group = random.desired.group(resource.group()).orElseThrow();
            assertEquals(placement.replicas().size(), placement.replicas().stream().map(PlacedReplica::node).distinct().count(), at);
            for (PlacedReplica replica : placement.replicas()) {
                Node node = random.desired.nodes().get(replica.node());
                assertFalse(node.state() == NodeState.LOST || node.state() == NodeState.EVACUATE, at);
                if (replica.isNew()) assertEquals(NodeState.ACTIVE, node.state(), at);
                if (replica.origin() == PlacedReplica.Origin.PLACED || replica.origin() == PlacedReplica.Origin.TIEBREAKER) {
                    assertTrue(random.observed.hosts().get(node.name()).isReachable(), at);
                }
            }
            ExistingResource live = placement.existing();
            for (ExistingReplica replica : live.replicas().values()) {
                boolean kept = placement.replica(replica.node()).isPresent();
                boolean removed = placement.removals().stream().anyMatch(r -> r.node().equals(replica.node()));
                assertTrue(kept != removed, at + ": each live replica stays or leaves");
                if (random.desired.nodes().get(replica.node()).state() == NodeState.MAINTENANCE) {
                    assertEquals(Optional.of(replica.diskless()), placement.replica(replica.node()).map(PlacedReplica::diskless), at);
                }
            }
            if (resource.explicitNodes().isEmpty() && group.placement().spreadAcross().isPresent()) checkSpread(random, placement, group, at);
        }
        checkNumbers(random, placements, allocations, seed);
    }

    /** New diskful replicas never share a zone with another diskful one, and a satisfiable spread reaches the count. */
    static void checkSpread(RandomClusters random, ResourcePlacement placement, ResourceGroup group, String at) {
        Set<String> zones = new HashSet<>();
        placement.diskful().stream().filter(r -> !r.isNew()).forEach(r -> zones.add(zone(random, r.node())));
        for (PlacedReplica placed : placement.diskful()) {
            if (placed.isNew()) assertTrue(zones.add(zone(random, placed.node())), at + ": zone used twice");
        }
        if (!placement.existing().isNew()) return;
        long eligibleZones = random.desired.nodes().values().stream()
                .filter(n -> n.state() == NodeState.ACTIVE && !n.diskless() && random.desired.pool("fast").orElseThrow().isOn(n.name()))
                .filter(n -> random.observed.hosts().get(n.name()).isReachable() && !group.placement().avoidNodes().contains(n.name()))
                .map(n -> zone(random, n.name())).distinct().count();
        if (eligibleZones >= group.replicas()) assertEquals(group.replicas(), placement.diskful().size(), at + ": spread was satisfiable");
    }

    /** Node-ids unique per resource; minors and ports unique per node across resources. */
    static void checkNumbers(RandomClusters random, Placements placements, Allocations allocations, long seed) {
        Map<String, String> minorOwners = new HashMap<>();
        Map<String, String> portOwners = new HashMap<>();
        for (ResourceAllocation allocation : allocations.resources().values()) {
            String at = "seed " + seed + ", " + allocation.resource() + ": " + allocation;
            assertEquals(allocation.replicas().size(), allocation.replicas().stream().map(ReplicaAllocation::nodeId).distinct().count(), at);
            ExistingResource live = placements.of(allocation.resource()).existing();
            for (ReplicaAllocation replica : allocation.replicas()) {
                live.replica(replica.node()).ifPresent(r -> assertEquals(r.nodeId(), replica.nodeId(), at + ": live node-id kept"));
                String port = replica.node() + ":" + replica.port();
                String other = portOwners.putIfAbsent(port, allocation.resource());
                assertTrue(other == null, at + ": port " + port + " also used by " + other);
                for (int minor : allocation.minors().values()) {
                    String key = replica.node() + ":" + minor;
                    String owner = minorOwners.putIfAbsent(key, allocation.resource());
                    assertTrue(owner == null, at + ": minor " + key + " also used by " + owner);
                }
            }
            live.minors().forEach((volume, minor) -> assertEquals(minor, allocation.minors().get(volume), at + ": live minor kept"));
        }
    }

    static String zone(RandomClusters random, String node) { return random.desired.nodes().get(node).labels().get("zone"); }
}
