package dev.berth.plan.placement;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.berth.plan.placement.GreenfieldTest.nodes;
import static dev.berth.plan.placement.PlacedReplica.Origin.EXISTING;
import static dev.berth.plan.placement.PlacedReplica.Origin.PLACED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The group's rules: sticky first, then spread, keep together, avoid and require, then free space. */
class GroupRulesTest {
    static final Optional<String> ZONE = Optional.of("zone");
    static final Optional<String> RACK = Optional.of("rack");

    @Test
    void aLiveReplicaNeverMovesBecauseABetterNodeAppeared() {
        ZoneFixture fixture = new ZoneFixture(2, ZoneFixture.placement(ZONE, Optional.empty(), List.of(), List.of(), false),
                ZoneFixture.resource("r"));
        fixture.live(fixture.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000), "w1", "w2")
                .full("w1", "95").full("w2", "95").full("w4", "0");
        ResourcePlacement placement = fixture.place().of("r");
        assertEquals(List.of(new PlacedReplica("w1", false, EXISTING), new PlacedReplica("w2", false, EXISTING)), placement.replicas());
        assertTrue(placement.removals().isEmpty() && placement.problems().isEmpty());
    }

    @Test
    void spreadCountsTheLiveReplicasValues() {
        ZoneFixture fixture = new ZoneFixture(3, ZoneFixture.placement(ZONE, Optional.empty(), List.of(), List.of(), false),
                ZoneFixture.resource("r"));
        // w3 (zone a) is emptiest, but zone a already holds a replica on w1: zone c's w4 is the only spread choice.
        fixture.live(fixture.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000), "w1", "w2")
                .full("w3", "0").full("w5", "1").full("w4", "90");
        ResourcePlacement placement = fixture.place().of("r");
        assertEquals(new PlacedReplica("w4", false, PLACED), placement.replica("w4").orElseThrow());
        assertEquals(List.of("w1", "w2", "w4"), nodes(placement));
    }

    @Test
    void spreadIsNeverBrokenToReachTheCount() {
        ZoneFixture fixture = new ZoneFixture(4, ZoneFixture.placement(ZONE, Optional.empty(), List.of(), List.of(), false),
                ZoneFixture.resource("r"));
        ResourcePlacement placement = fixture.place().of("r");
        assertEquals(3, placement.diskful().size(), "three zones, three replicas: " + placement.replicas());
        Problem problem = placement.problems().get(0);
        assertEquals(Problem.Kind.NOT_ENOUGH_NODES, problem.kind());
        assertTrue(problem.message().startsWith("4 diskful replicas wanted, 3 placed;"), problem.message());
        assertTrue(problem.message().contains("zone a already holds a replica"), problem.message());
    }

    @Test
    void keepTogetherFollowsTheLiveReplicasValue() {
        ZoneFixture fixture = new ZoneFixture(2, ZoneFixture.placement(Optional.empty(), RACK, List.of(), List.of(), false),
                ZoneFixture.resource("r"));
        fixture.live(fixture.liveResource("r", 1000).diskful("w1", 0, 7000), "w1").full("w3", "0").full("w2", "80");
        assertEquals(List.of("w1", "w2"), nodes(fixture.place().of("r")), "rack r1 is w1's, and w2 is its only other node");
    }

    @Test
    void keepTogetherPicksTheValueThatHoldsAllWithMostFreeSpace() {
        ZoneFixture fixture = new ZoneFixture(2, ZoneFixture.placement(Optional.empty(), RACK, List.of(), List.of(), false),
                ZoneFixture.resource("r"));
        // r3 has the emptiest node but only one; r2 (w3, w4) has more free space in total than r1 (w1, w2).
        fixture.full("w5", "0").full("w1", "60").full("w2", "60").full("w3", "40").full("w4", "40");
        assertEquals(List.of("w3", "w4"), nodes(fixture.place().of("r")));
    }

    @Test
    void avoidAndRequireNarrowTheChoiceAndALiveReplicaOnAnAvoidedNodeMoves() {
        ZoneFixture avoid = new ZoneFixture(2, ZoneFixture.placement(Optional.empty(), Optional.empty(), List.of("w1", "w2"), List.of(), false),
                ZoneFixture.resource("r"));
        avoid.full("w1", "0").full("w2", "0");
        assertEquals(List.of("w3", "w4"), nodes(avoid.place().of("r")));

        ZoneFixture require = new ZoneFixture(2, ZoneFixture.placement(Optional.empty(), Optional.empty(), List.of(), List.of("w4", "w5"), false),
                ZoneFixture.resource("r"));
        assertEquals(List.of("w4", "w5"), nodes(require.place().of("r")));

        ZoneFixture moved = new ZoneFixture(2, ZoneFixture.placement(Optional.empty(), Optional.empty(), List.of("w1"), List.of(), false),
                ZoneFixture.resource("r"));
        moved.live(moved.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000), "w1", "w2");
        ResourcePlacement placement = moved.place().of("r");
        assertEquals(List.of("w2", "w3"), nodes(placement));
        assertEquals(Removal.Reason.NODE_NOT_ELIGIBLE, placement.removals().get(0).reason());
        assertEquals("w1", placement.removals().get(0).node());
    }

    @Test
    void overTheCountTheReplicaThatKeepsTheSpreadStays() {
        ZoneFixture fixture = new ZoneFixture(2, ZoneFixture.placement(ZONE, Optional.empty(), List.of(), List.of(), false),
                ZoneFixture.resource("r"));
        fixture.live(fixture.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w3", 1, 7000).diskful("w5", 2, 7000),
                "w1", "w3", "w5");
        ResourcePlacement placement = fixture.place().of("r");
        assertEquals(List.of("w1", "w5"), nodes(placement), "w3 shares zone a with w1");
        assertEquals(List.of(new Removal("w3", false, Removal.Reason.OVER_REPLICA_COUNT, "2 diskful replicas wanted, 3 live")),
                placement.removals());
    }
}
