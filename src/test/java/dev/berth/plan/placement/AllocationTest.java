package dev.berth.plan.placement;

import dev.berth.desired.NodeState;
import dev.berth.desired.Placement;
import dev.berth.desired.PortRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Node-ids, minors and ports: live ones kept, new ones the lowest free, every DRBD resource on a host counted. */
class AllocationTest {
    static ZoneFixture threeReplicas(dev.berth.desired.Resource... resources) {
        return new ZoneFixture(3, Placement.none(), resources);
    }

    @Test
    void liveNumbersAreKeptAndANewReplicaGetsTheLowestFreeOnesSkippingRetiredIds() {
        ZoneFixture zones = threeReplicas(ZoneFixture.resource("r"));
        zones.live(zones.liveResource("r", 1004).diskful("w1", 0, 7005).diskful("w2", 3, 7009), "w1", "w2");
        ResourceAllocation allocation = zones.allocate(Map.of()).of("r");
        assertEquals(Map.of(0, 1004), allocation.minors());
        assertEquals(List.of(new ReplicaAllocation("w1", 0, 7005), new ReplicaAllocation("w2", 3, 7009),
                new ReplicaAllocation("w3", 1, 7000)), allocation.replicas());
        assertEquals(2, zones.allocate(Map.of("r", Set.of(1))).of("r").replica("w3").orElseThrow().nodeId());
    }

    @Test
    void minorsAndPortsOfResourcesBerthDoesNotOwnAreTaken() {
        ZoneFixture zones = threeReplicas(ZoneFixture.resource("r"), ZoneFixture.resource("s"));
        // A hand-written resource uses minor 1000 and port 7000 on w1, another minor 1001 on w2.
        zones.foreign(zones.liveResource("other", 1000).diskful("w1", 0, 7000).diskful("w4", 1, 7000), "w1", "w4");
        zones.foreign(zones.liveResource("more", 1001).diskful("w2", 0, 7003).diskful("w4", 1, 7003), "w2");
        Allocations allocations = zones.allocate(Map.of());
        ResourceAllocation r = allocations.of("r");
        assertEquals(List.of("w1", "w2", "w3"), r.replicas().stream().map(ReplicaAllocation::node).toList());
        assertEquals(Map.of(0, 1002), r.minors(), "1000 is used on w1 and 1001 on w2: the lowest free on all three is 1002");
        assertEquals(List.of(7001, 7000, 7000), r.replicas().stream().map(ReplicaAllocation::port).toList(),
                "each node's own lowest free port");
        // The ledger sends s to w1, w4 and w5; 1001 is used only on w2, so it is free on all of s's hosts.
        assertEquals(List.of("w1", "w4", "w5"), allocations.of("s").replicas().stream().map(ReplicaAllocation::node).toList());
        assertEquals(Map.of(0, 1001), allocations.of("s").minors());
        assertTrue(allocations.problems().isEmpty(), allocations.problems()::toString);
    }

    @Test
    void aFullPortRangeAndUsedUpNodeIdsAreProblemsNotExceptions() {
        ZoneFixture zones = threeReplicas(ZoneFixture.resource("r"));
        zones.foreign(zones.liveResource("other", 1000).diskful("w1", 0, 7000).diskful("w4", 1, 7000), "w1");
        zones.foreign(zones.liveResource("more", 1001).diskful("w1", 0, 7001).diskful("w4", 1, 7001), "w1");
        zones.desired = Stacks.withPorts(zones.desired, "w1", new PortRange(7000, 7001));
        ResourceAllocation allocation = zones.allocate(Map.of()).of("r");
        Problem ports = allocation.problems().get(0);
        assertEquals(Problem.Kind.PORTS_EXHAUSTED, ports.kind());
        assertEquals("no port of node w1's range 7000-7001 is free", ports.message());
        assertTrue(allocation.replica("w1").isEmpty());

        Set<Integer> all = IntStream.rangeClosed(0, 31).boxed().collect(Collectors.toSet());
        ResourceAllocation ids = threeReplicas(ZoneFixture.resource("r")).allocate(Map.of("r", all)).of("r");
        assertEquals(3, ids.problems().size());
        assertTrue(ids.problems().stream().allMatch(p -> p.kind() == Problem.Kind.NODE_IDS_EXHAUSTED));
        assertTrue(ids.replicas().isEmpty());
    }

    @Test
    void aLiveResourcesMinorIsReservedOnTheNodeItMovesToBeforeNewResourcesChoose() {
        // "a" is new and comes first by name; "b" is live on w1 and w2 with minor 1000 and moves from w2 to w3.
        ZoneFixture zones = threeReplicas(Stacks.explicit(ZoneFixture.resource("a"), "w3"), Stacks.explicit(ZoneFixture.resource("b"), "w1", "w3"));
        zones.live(zones.liveResource("b", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000), "w1", "w2");
        Allocations allocations = zones.allocate(Map.of());
        assertEquals(Map.of(0, 1001), allocations.of("a").minors());
        assertEquals(Map.of(0, 1000), allocations.of("b").minors());
        assertTrue(allocations.problems().isEmpty(), allocations.problems()::toString);
    }

    @Test
    void aLiveMinorTakenOnTheNodeAResourceMovesToIsAProblem() {
        ZoneFixture zones = threeReplicas(ZoneFixture.resource("r"));
        zones.live(zones.liveResource("r", 1000).diskful("w1", 0, 7000).diskful("w2", 1, 7000).diskful("w4", 2, 7000), "w1", "w2", "w4");
        zones.foreign(zones.liveResource("other", 1000).diskful("w3", 0, 7000).diskful("w5", 1, 7000), "w3", "w5");
        zones.desired = Stacks.withState(zones.desired, "w4", NodeState.EVACUATE);
        Allocations allocations = zones.allocate(Map.of());
        Problem taken = allocations.problems().get(0);
        assertEquals(Problem.Kind.MINOR_TAKEN, taken.kind());
        assertEquals("minor 1000 of volume 0 is taken on node w3 by other", taken.message());
    }
}
