package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.Placement;
import dev.berth.desired.Resource;
import dev.berth.model.Size;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ResourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Five storage nodes in three zones and three racks on one lvm-thin pool, with each node's thin
 * pool fill set per test, plus live resources planted as Berth's files: placement cases built
 * from records, so every free byte is the test's choice.
 * <pre>
 *   w1 zone a rack r1    w2 zone b rack r1    w3 zone a rack r2    w4 zone c rack r2    w5 zone b rack r3
 * </pre>
 */
final class ZoneFixture {
    static final List<Node> NODES = List.of(Stacks.node("w1", 1, "zone", "a", "rack", "r1"), Stacks.node("w2", 2, "zone", "b", "rack", "r1"),
            Stacks.node("w3", 3, "zone", "a", "rack", "r2"), Stacks.node("w4", 4, "zone", "c", "rack", "r2"),
            Stacks.node("w5", 5, "zone", "b", "rack", "r3"));

    private final Map<String, String> dataPercent = new HashMap<>();
    private final Map<String, List<ResourceFile>> files = new HashMap<>();
    private final List<String> down = new ArrayList<>();
    DesiredCluster desired;

    ZoneFixture(int replicas, Placement placement, Resource... resources) {
        desired = Stacks.cluster(NODES, List.of(Stacks.thinPool("fast", "w1", "w2", "w3", "w4", "w5")),
                List.of(Stacks.group("g", "fast", replicas, placement)), List.of(resources));
    }

    static Placement placement(Optional<String> spread, Optional<String> together, List<String> avoid, List<String> require,
                               boolean tiebreaker) {
        return new Placement(spread, together, new TreeSet<>(avoid), new TreeSet<>(require), tiebreaker);
    }

    static Resource resource(String name) { return Stacks.resource(name, "g", Size.ofGiB(10)); }

    /** How full each node's 1 TiB thin pool is, in percent (default 50). */
    ZoneFixture full(String node, String percent) {
        dataPercent.put(node, percent);
        return this;
    }

    /** Plants Berth's file for a live resource on each of its nodes. */
    ZoneFixture live(LiveResource resource, String... nodes) {
        for (String node : nodes) files.computeIfAbsent(node, n -> new ArrayList<>()).add(ObservedHosts.berthFile(resource));
        return this;
    }

    /** Plants a hand-written file (not Berth's) for a resource the stack may not even name. */
    ZoneFixture foreign(LiveResource resource, String... nodes) {
        for (String node : nodes) {
            files.computeIfAbsent(node, n -> new ArrayList<>()).add(new ResourceFile("/etc/drbd.d/" + resource.config().name() + ".res",
                    resource.handWrittenFile(), false, new java.util.TreeMap<>()));
        }
        return this;
    }

    LiveResource liveResource(String name, int minor) { return LiveResource.of(desired, name, "vg_fast", minor); }

    ZoneFixture down(String node) {
        down.add(node);
        return this;
    }

    ObservedCluster observed() {
        List<ObservedHost> hosts = new ArrayList<>();
        for (Node node : desired.nodes().values()) {
            hosts.add(down.contains(node.name()) ? ObservedHosts.down(node.name())
                    : ObservedHosts.thinHost(node.name(), "vg_fast", Size.ofBytes(Size.TIB), dataPercent.getOrDefault(node.name(), "50"),
                    files.getOrDefault(node.name(), List.of()), List.of()));
        }
        return ObservedHosts.cluster(hosts);
    }

    Placements place() {
        ObservedCluster observed = observed();
        return dev.berth.plan.placement.Placement.place(desired, observed, ExistingReplicas.read(desired, observed));
    }

    Allocations allocate(Map<String, java.util.Set<Integer>> retired) {
        ObservedCluster observed = observed();
        return Allocation.allocate(desired, observed, dev.berth.plan.placement.Placement.place(desired, observed,
                ExistingReplicas.read(desired, observed)), retired);
    }
}
