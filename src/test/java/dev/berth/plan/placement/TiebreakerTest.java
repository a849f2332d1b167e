package dev.berth.plan.placement;

import dev.berth.desired.NodeState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.berth.plan.placement.PlacedReplica.Origin.EXISTING;
import static dev.berth.plan.placement.PlacedReplica.Origin.TIEBREAKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diskless third vote of a two-replica resource. */
class TiebreakerTest {
    static ZoneFixture pair(List<String> avoid) {
        return new ZoneFixture(2, ZoneFixture.placement(Optional.empty(), Optional.empty(), avoid, List.of(), true), ZoneFixture.resource("r"));
    }

    @Test
    void aThirdNodeByNameGetsTheTiebreaker() {
        // The two emptiest nodes hold the data; the tiebreaker goes to the first other node by name.
        ResourcePlacement placement = pair(List.of()).full("w4", "0").full("w5", "0").place().of("r");
        assertEquals(List.of(new PlacedReplica("w1", true, TIEBREAKER), new PlacedReplica("w4", false, PlacedReplica.Origin.PLACED),
                new PlacedReplica("w5", false, PlacedReplica.Origin.PLACED)), placement.replicas());
    }

    @Test
    void aLiveDisklessReplicaIsPreferredAndExtraOnesLeave() {
        ZoneFixture zones = pair(List.of());
        zones.live(zones.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000).diskless("w4", 2, 7000)
                .diskless("w5", 3, 7000), "w1", "w2", "w4", "w5");
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(new PlacedReplica("w4", true, EXISTING), placement.replica("w4").orElseThrow());
        assertEquals(List.of(new Removal("w5", true, Removal.Reason.TIEBREAKER_NOT_NEEDED, "another diskless replica is the tiebreaker")),
                placement.removals());
    }

    @Test
    void neverOnAnAvoidedEvacuatingOrLostNode() {
        ZoneFixture zones = pair(List.of("w1"));
        zones.live(zones.liveResource("r", 1000).diskful("w4", 0, 7000).diskful("w5", 1, 7000).diskless("w3", 2, 7000),
                "w4", "w5", "w3");
        zones.desired = Stacks.withState(Stacks.withState(zones.desired, "w2", NodeState.LOST), "w3", NodeState.EVACUATE);
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(List.of("w4", "w5"), placement.diskful().stream().map(PlacedReplica::node).toList());
        assertTrue(placement.replica("w3").isEmpty() && placement.replica("w1").isEmpty() && placement.replica("w2").isEmpty());
        assertEquals(Problem.Kind.NO_TIEBREAKER_NODE, placement.problems().get(0).kind());
        assertEquals(Removal.Reason.NODE_EVACUATING, placement.removals().get(0).reason());
    }

    @Test
    void noTiebreakerWithThreeDiskfulReplicas() {
        ZoneFixture zones = new ZoneFixture(3, ZoneFixture.placement(Optional.empty(), Optional.empty(), List.of(), List.of(), true),
                ZoneFixture.resource("r"));
        zones.live(zones.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000).diskless("w3", 2, 7000),
                "w1", "w2", "w3");
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(3, placement.diskful().size());
        assertTrue(placement.diskless().isEmpty(), placement.replicas()::toString);
        // Free space ties, so w3 comes first by name for the third diskful replica: its diskless one gets a disk.
        assertEquals(new PlacedReplica("w3", false, PlacedReplica.Origin.PLACED), placement.replica("w3").orElseThrow());
        assertEquals(List.of(new Transition("w3", Transition.Direction.TO_DISKFUL)), placement.transitions());
        assertTrue(placement.removals().isEmpty());
    }
}
