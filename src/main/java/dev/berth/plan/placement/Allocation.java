package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.Volume;
import dev.berth.drbd.HostConfig;
import dev.berth.observed.ObservedCluster;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hands out DRBD's numbers, LINSTOR's way (facts §2): live replicas keep theirs; a new replica
 * gets the lowest node-id 0–31 that no live replica holds and the state file has not retired; a
 * new volume the lowest minor from 1000 to 49999 free on every host the resource will be on;
 * a new replica the lowest port of its node's range free on that node. "Free" counts every DRBD
 * resource discovery saw on the host, Berth's or not, and what this plan handed out before. The
 * live numbers of every resource are reserved first, so a new resource earlier in name order never
 * takes the minor a live resource needs on the node it is moving to.
 */
public final class Allocation {
    /** LINSTOR's minor range. */
    public static final int FIRST_MINOR = 1000;
    public static final int LAST_MINOR = 49999;

    private Allocation() {}

    public static Allocations allocate(DesiredCluster desired, ObservedCluster observed, Placements placements,
                                       Map<String, Set<Integer>> retiredNodeIds) {
        UsedNumbers used = new UsedNumbers();
        ObservedNumbers.collect(desired, observed, used);
        for (ResourcePlacement placement : placements.resources().values()) reserveLive(placement, used);
        TreeMap<String, ResourceAllocation> allocations = new TreeMap<>();
        for (ResourcePlacement placement : placements.resources().values()) {
            Resource resource = desired.resources().get(placement.resource());
            if (resource == null) continue;
            allocations.put(resource.name(), allocateOne(desired, resource, placement,
                    retiredNodeIds.getOrDefault(resource.name(), Set.of()), used));
        }
        return new Allocations(allocations);
    }

    /** The live numbers: each replica's minors and port on its own node, and the minors on nodes it moves to. */
    private static void reserveLive(ResourcePlacement placement, UsedNumbers used) {
        ExistingResource live = placement.existing();
        for (ExistingReplica replica : live.replicas().values()) {
            replica.minors().values().forEach(minor -> used.useMinor(replica.node(), minor, live.name()));
            replica.port().ifPresent(port -> used.usePort(replica.node(), port));
        }
        SortedMap<Integer, Integer> minors = live.minors();
        for (PlacedReplica target : placement.replicas()) {
            minors.values().forEach(minor -> used.useMinor(target.node(), minor, live.name()));
        }
    }

    private static ResourceAllocation allocateOne(DesiredCluster desired, Resource resource, ResourcePlacement placement,
                                                  Set<Integer> retired, UsedNumbers used) {
        ExistingResource live = placement.existing();
        List<Problem> problems = new ArrayList<>();
        List<String> nodes = placement.replicas().stream().map(PlacedReplica::node).toList();
        SortedMap<Integer, Integer> minors = minors(resource, live, nodes, used, problems);
        BitSet takenIds = new BitSet();
        live.nodeIdsInUse().forEach(takenIds::set);
        retired.forEach(takenIds::set);
        List<ReplicaAllocation> replicas = new ArrayList<>();
        for (PlacedReplica target : placement.replicas()) {
            Optional<ExistingReplica> existing = live.replica(target.node());
            Optional<Integer> nodeId = existing.map(ExistingReplica::nodeId).or(() -> lowestNodeId(takenIds));
            nodeId.ifPresent(takenIds::set);
            if (nodeId.isEmpty()) {
                problems.add(Problem.on(Problem.Kind.NODE_IDS_EXHAUSTED, resource.name(), target.node(), "all 32 node-ids are in use "
                        + live.nodeIdsInUse() + " or retired " + new java.util.TreeSet<>(retired)));
            }
            Node node = desired.nodes().get(target.node());
            Optional<Integer> port = existing.flatMap(ExistingReplica::port)
                    .or(() -> used.lowestFreePort(node.name(), node.ports().from(), node.ports().to()));
            port.ifPresent(p -> used.usePort(node.name(), p));
            if (port.isEmpty()) {
                problems.add(Problem.on(Problem.Kind.PORTS_EXHAUSTED, resource.name(), node.name(), "no port of node "
                        + node.name() + "'s range " + node.ports() + " is free"));
            }
            if (nodeId.isPresent() && port.isPresent()) replicas.add(new ReplicaAllocation(target.node(), nodeId.get(), port.get()));
        }
        // live metadata keeps the slots it was made with, whatever the group says now
        int peerSlots = live.peerSlots().orElseGet(() ->
                desired.group(resource.group()).map(ResourceGroup::maxPeers).orElse(ResourceGroup.DEFAULT_MAX_PEERS));
        return new ResourceAllocation(resource.name(), replicas, minors, peerSlots, problems);
    }

    private static SortedMap<Integer, Integer> minors(Resource resource, ExistingResource live, List<String> nodes,
                                                      UsedNumbers used, List<Problem> problems) {
        TreeMap<Integer, Integer> minors = new TreeMap<>();
        SortedMap<Integer, Integer> liveMinors = live.minors();
        for (Volume volume : resource.volumes()) {
            Integer kept = liveMinors.get(volume.number());
            if (kept != null) {
                minors.put(volume.number(), kept);
                for (String node : nodes) {
                    if (live.replica(node).isPresent()) continue; // live there already: not this plan's conflict
                    used.minorOwner(node, kept).filter(owner -> !owner.equals(resource.name())).ifPresent(owner ->
                            problems.add(Problem.on(Problem.Kind.MINOR_TAKEN, resource.name(), node, "minor " + kept + " of volume "
                                    + volume.number() + " is taken on node " + node + " by " + owner)));
                }
                continue;
            }
            if (nodes.isEmpty()) continue; // nowhere to be: placement has said why
            Optional<Integer> minor = used.lowestFreeMinor(nodes, FIRST_MINOR, LAST_MINOR);
            if (minor.isEmpty()) {
                problems.add(Problem.of(Problem.Kind.MINORS_EXHAUSTED, resource.name(), "no minor from " + FIRST_MINOR + " to "
                        + LAST_MINOR + " is free on all of " + nodes));
                continue;
            }
            minors.put(volume.number(), minor.get());
            nodes.forEach(node -> used.useMinor(node, minor.get(), resource.name()));
        }
        return minors;
    }

    private static Optional<Integer> lowestNodeId(BitSet taken) {
        int id = taken.nextClearBit(0);
        return id <= HostConfig.MAX_NODE_ID ? Optional.of(id) : Optional.empty();
    }
}
