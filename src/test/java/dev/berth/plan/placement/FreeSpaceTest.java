package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Placement;
import dev.berth.model.Size;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.berth.plan.placement.GreenfieldTest.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Free space ranks nodes, and one plan uses it up as it places. */
class FreeSpaceTest {
    @TempDir
    Path dir;

    @Test
    void mostFreeFirstTiesByName() {
        ZoneFixture zones = new ZoneFixture(2, Placement.none(), ZoneFixture.resource("r")).full("w4", "10").full("w2", "20").full("w5", "20");
        assertEquals(List.of("w2", "w4"), nodes(zones.place().of("r")), "w4 is emptiest; w2 and w5 tie, w2 by name");
    }

    @Test
    void eachPlacementTakesItsSpaceSoOnePlanSpreadsItsLoad() {
        ZoneFixture zones = new ZoneFixture(1, Placement.none(), ZoneFixture.resource("a"), ZoneFixture.resource("b"),
                ZoneFixture.resource("c"), ZoneFixture.resource("d"), ZoneFixture.resource("e"), ZoneFixture.resource("f"));
        Placements placements = zones.place();
        List<String> homes = List.of("a", "b", "c", "d", "e", "f").stream().map(r -> nodes(placements.of(r)).get(0)).toList();
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w1"), homes);
    }

    @Test
    void aThinPoolsFreeSpaceIsItsSizeTimesWhatIsNotUsed() {
        ObservedCluster observed = ObservedHosts.cluster(List.of(ObservedHosts.thinHost("w1", "vg_fast", Size.ofBytes(Size.TIB), "25.5",
                List.of(), List.of())));
        PoolCapacity.Free free = PoolCapacity.measure(Stacks.thinPool("fast", "w1"), "w1", Optional.of(observed.hosts().get("w1")));
        assertEquals(Optional.of(Size.TIB * 745 / 1000), free.bytes());
    }

    @Test
    void aThickPoolThatCannotHoldTheVolumesIsSkippedWithTheNumbers() {
        DesiredCluster desired = Stacks.cluster(List.of(Stacks.node("a", 1), Stacks.node("b", 2), Stacks.node("c", 3)),
                List.of(Stacks.thickPool("thick", Map.of(), "a", "b", "c")), List.of(Stacks.group("g", "thick", 3, Placement.none())),
                List.of(Stacks.resource("r", "g", Size.ofGiB(10))));
        ObservedCluster observed = ObservedHosts.cluster(List.of(thickHost("a", 100), thickHost("b", 5), thickHost("c", 100)));
        ResourcePlacement placement = placeAll(desired, observed).of("r");
        assertEquals(List.of("a", "c"), nodes(placement));
        String message = placement.problems().get(0).message();
        assertTrue(message.contains("b: pool thick has 5368709120 bytes free, 10741612544 needed"), message);
    }

    @Test
    void aPoolStillToBeBuiltOffersItsDevicesSizes() {
        DesiredCluster stack = Examples.load("multi-volume-thick");
        ObservedCluster observed = LabCluster.of(stack, dir.resolve("lab"), Size.ofGiB(100)).observe();
        ObservedHost db1 = observed.hosts().get("db-1");
        PoolCapacity.Free free = PoolCapacity.measure(stack.pool("thick").orElseThrow(), "db-1", Optional.of(db1));
        assertEquals(Optional.of(Size.ofGiB(200).bytes()), free.bytes(), "/dev/sdb and /dev/sdc, 100 GiB each");
        assertTrue(PoolCapacity.measure(stack.pool("thick").orElseThrow(), "db-1", Optional.of(ObservedHosts.down("db-1")))
                .bytes().isEmpty());
    }

    @Test
    void aZfsPoolOffersItsContainerDatasetsAvailableSpace() {
        DesiredCluster stack = Examples.load("zfs-analytics");
        ObservedCluster observed = LabCluster.of(stack, dir.resolve("lab")).observe();
        var zfs = observed.hosts().get("zfs-1").reachable().orElseThrow().inventory().zfs();
        long available = zfs.datasets().value().orElseThrow().stream().filter(d -> d.name().equals("tank/scratch")).findFirst()
                .orElseThrow().available().bytes();
        PoolCapacity.Free free = PoolCapacity.measure(stack.pool("scratch").orElseThrow(), "zfs-1", Optional.of(observed.hosts().get("zfs-1")));
        assertEquals(Optional.of(available), free.bytes());
    }

    static ObservedHost thickHost(String node, long freeGiB) {
        return ObservedHosts.host(node, List.of(ObservedHosts.volumeGroup("vg_thick", Size.ofGiB(200), Size.ofGiB(freeGiB))), List.of(),
                List.of(), List.of(), List.of());
    }

    /** Placement from desired and observed alone (the desired package has a Placement too). */
    static Placements placeAll(DesiredCluster desired, ObservedCluster observed) {
        return dev.berth.plan.placement.Placement.place(desired, observed, ExistingReplicas.read(desired, observed));
    }
}
