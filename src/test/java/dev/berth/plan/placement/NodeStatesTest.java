package dev.berth.plan.placement;

import dev.berth.desired.NodeState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.berth.plan.placement.GreenfieldTest.nodes;
import static dev.berth.plan.placement.PlacedReplica.Origin.EXISTING;
import static dev.berth.plan.placement.PlacedReplica.Origin.PLACED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evacuate moves, lost re-places, maintenance freezes. */
class NodeStatesTest {
    static ZoneFixture threeLive(int replicas) {
        ZoneFixture zones = new ZoneFixture(replicas, ZoneFixture.placement(Optional.of("zone"), Optional.empty(), List.of(), List.of(), false),
                ZoneFixture.resource("r"));
        return zones.live(zones.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000).diskful("w4", 2, 7000),
                "w1", "w2", "w4");
    }

    @Test
    void anEvacuatedNodesReplicaIsReplacedElsewhereAndThenRemoved() {
        ZoneFixture zones = threeLive(3);
        zones.desired = Stacks.withState(zones.desired, "w2", NodeState.EVACUATE);
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(List.of("w1", "w4", "w5"), nodes(placement), "w5 is zone b's other node");
        assertEquals(PLACED, placement.replica("w5").orElseThrow().origin());
        assertEquals(Removal.Reason.NODE_EVACUATING, placement.removals().get(0).reason());
        assertEquals("w2", placement.removals().get(0).node());
        ResourceAllocation allocation = zones.allocate(Map.of()).of("r");
        assertEquals(3, allocation.replica("w5").orElseThrow().nodeId(), "w2 keeps node-id 1 until it is gone");
    }

    @Test
    void aLostNodesReplicaIsForgottenAndPlacedAnew() {
        ZoneFixture zones = threeLive(3).down("w4");
        zones.desired = Stacks.withState(zones.desired, "w4", NodeState.LOST);
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(Removal.Reason.NODE_LOST, placement.removals().get(0).reason());
        assertTrue(placement.removals().get(0).why().contains("forget node-id 2"), placement.removals().get(0).why());
        // Zone c's only node is lost: the spread cannot be kept, so the resource stays short and says why.
        assertEquals(List.of("w1", "w2"), nodes(placement));
        assertTrue(placement.problems().get(0).message().contains("w4: lost"), placement.problems().get(0).message());

        ZoneFixture noSpread = new ZoneFixture(3, dev.berth.desired.Placement.none(), ZoneFixture.resource("r"));
        noSpread.live(noSpread.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000).diskful("w4", 2, 7000), "w1", "w2", "w4")
                .down("w4");
        noSpread.desired = Stacks.withState(noSpread.desired, "w4", NodeState.LOST);
        ResourcePlacement replaced = noSpread.place().of("r");
        assertEquals(List.of("w1", "w2", "w3"), nodes(replaced));
        assertEquals(3, noSpread.allocate(Map.of()).of("r").replica("w3").orElseThrow().nodeId(),
                "the lost node-id 2 is not handed out while survivors may still know it");
        assertEquals(4, noSpread.allocate(Map.of("r", Set.of(3))).of("r").replica("w3").orElseThrow().nodeId(), "3 is retired");
    }

    @Test
    void aNodeInMaintenanceNeitherGetsNorLosesReplicas() {
        ZoneFixture zones = threeLive(2);
        zones.desired = Stacks.withState(zones.desired, "w4", NodeState.MAINTENANCE);
        zones.desired = Stacks.withState(zones.desired, "w2", NodeState.MAINTENANCE);
        zones.desired = Stacks.withState(zones.desired, "w1", NodeState.MAINTENANCE);
        ResourcePlacement over = zones.place().of("r");
        assertEquals(List.of(new PlacedReplica("w1", false, EXISTING), new PlacedReplica("w2", false, EXISTING),
                new PlacedReplica("w4", false, EXISTING)), over.replicas(), "three live, two wanted: none removed in maintenance");
        assertTrue(over.removals().isEmpty());
        assertEquals(Problem.Kind.DEFERRED_BY_MAINTENANCE, over.problems().get(0).kind());

        ZoneFixture fresh = new ZoneFixture(2, dev.berth.desired.Placement.none(), ZoneFixture.resource("r")).full("w3", "0");
        fresh.desired = Stacks.withState(fresh.desired, "w3", NodeState.MAINTENANCE);
        assertFalse(fresh.place().of("r").replica("w3").isPresent(), "the emptiest node is in maintenance: nothing new there");
    }
}
