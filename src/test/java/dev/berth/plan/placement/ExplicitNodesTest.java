package dev.berth.plan.placement;

import dev.berth.desired.NodeState;
import dev.berth.desired.Placement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.plan.placement.PlacedReplica.Origin.EXISTING;
import static dev.berth.plan.placement.PlacedReplica.Origin.EXPLICIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resource that lists its nodes gets exactly them; disk-mode changes are transitions, unlisted replicas leave. */
class ExplicitNodesTest {
    static ZoneFixture fixture(String... nodes) {
        return new ZoneFixture(3, Placement.none(), Stacks.explicit(ZoneFixture.resource("r"), nodes));
    }

    @Test
    void theListWinsOverTheGroupsRulesAndADisklessEntryIsDiskless() {
        ZoneFixture zones = new ZoneFixture(3, ZoneFixture.placement(java.util.Optional.of("zone"), java.util.Optional.empty(),
                List.of("w1"), List.of(), false), Stacks.explicit(ZoneFixture.resource("r"), "w1", "w3", "w5*"));
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(List.of(new PlacedReplica("w1", false, EXPLICIT), new PlacedReplica("w3", false, EXPLICIT),
                new PlacedReplica("w5", true, EXPLICIT)), placement.replicas(), "avoided w1 and zone a twice: the list wins");
        assertTrue(placement.problems().isEmpty(), placement.problems()::toString);
    }

    @Test
    void liveReplicasStayChangeDiskModeOrLeave() {
        ZoneFixture zones = fixture("w1", "w2*", "w4");
        zones.live(zones.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000).diskful("w3", 2, 7000)
                .diskless("w5", 3, 7000), "w1", "w2", "w3", "w5");
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(List.of(new PlacedReplica("w1", false, EXISTING), new PlacedReplica("w2", true, EXPLICIT),
                new PlacedReplica("w4", false, EXPLICIT)), placement.replicas());
        assertEquals(List.of(new Transition("w2", Transition.Direction.TO_DISKLESS)), placement.transitions());
        assertEquals(List.of("w3", "w5"), placement.removals().stream().map(Removal::node).toList());
        assertTrue(placement.removals().stream().allMatch(r -> r.reason() == Removal.Reason.NOT_IN_EXPLICIT_NODES));
    }

    @Test
    void aDisklessReplicaBecomesDiskful() {
        ZoneFixture zones = fixture("w1", "w2");
        zones.live(zones.liveResource("r", 1000).diskful("w1", 0, 7000).diskless("w2", 1, 7000), "w1", "w2");
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(new PlacedReplica("w2", false, EXPLICIT), placement.replica("w2").orElseThrow());
        assertEquals(List.of(new Transition("w2", Transition.Direction.TO_DISKFUL)), placement.transitions());
        assertTrue(placement.removals().isEmpty());
    }

    @Test
    void aListedNodeInMaintenanceIsLeftAsItIs() {
        ZoneFixture zones = fixture("w1", "w2*", "w4");
        zones.live(zones.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000).diskful("w3", 2, 7000), "w1", "w2", "w3");
        zones.desired = Stacks.withState(Stacks.withState(Stacks.withState(zones.desired, "w2", NodeState.MAINTENANCE),
                "w3", NodeState.MAINTENANCE), "w4", NodeState.MAINTENANCE);
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(List.of(new PlacedReplica("w1", false, EXISTING), new PlacedReplica("w2", false, EXISTING),
                new PlacedReplica("w3", false, EXISTING)), placement.replicas(), "no transition, no removal, nothing new");
        assertTrue(placement.transitions().isEmpty() && placement.removals().isEmpty());
        assertEquals(3, placement.problems().size());
        assertTrue(placement.problems().stream().allMatch(p -> p.kind() == Problem.Kind.DEFERRED_BY_MAINTENANCE));
    }

    @Test
    void aListedNodeWithoutThePoolIsAProblemNotAReplica() {
        ZoneFixture zones = fixture("w1", "w2");
        zones.desired = new dev.berth.desired.DesiredCluster("t", zones.desired.connection(), zones.desired.nodes(),
                new java.util.TreeMap<>(java.util.Map.of("fast", Stacks.thinPool("fast", "w1"))), zones.desired.resourceGroups(),
                zones.desired.resources(), List.of(), zones.desired.ownership());
        ResourcePlacement placement = zones.place().of("r");
        assertEquals(List.of("w1"), GreenfieldTest.nodes(placement));
        assertEquals(Problem.Kind.EXPLICIT_NODE_UNUSABLE, placement.problems().get(0).kind());
        assertTrue(placement.problems().get(0).message().contains("does not have pool fast"));
    }
}
