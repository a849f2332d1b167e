package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.model.Address;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The resource-level line of a plan: its replicas (with their DRBD numbers) and volume sizes, before and after. */
final class ResourceChanges {
    private ResourceChanges() {}

    static ResourceChange of(Resource resource, ReplicaSet replicas, Allocation allocation) {
        return of(resource, replicas, allocation, false);
    }

    /** {@code adopted}: a hand-written resource taken over under ownership.adopt, its numbers kept. */
    static ResourceChange of(Resource resource, ReplicaSet replicas, Allocation allocation, boolean adopted) {
        SortedMap<String, String> before = new TreeMap<>();
        SortedMap<String, String> after = new TreeMap<>();
        if (!replicas.isNew()) {
            // the same words on both sides, so that a reviewer sees only what changes
            before.put("replicas", describe(replicas.current(), allocation));
            before.put("group", resource.group());
        }
        after.put("replicas", describe(replicas.target(), allocation));
        for (int v = 0; v < resource.volumes().size(); v++) {
            after.put("volume " + v, resource.volumes().get(v).size() + ", minor " + allocation.minors().get(v));
        }
        after.put("group", resource.group());
        boolean created = replicas.isNew();
        String reason = adopted ? "adopted (ownership.adopt): taken over with its node-ids, minors and ports"
                : created ? "new resource" : replicas.added().isEmpty() && replicas.removals().isEmpty()
                ? "its configuration or size changed" : "its replicas change";
        return new ResourceChange(Address.resource(resource.name()), List.of(created ? Action.CREATE : Action.UPDATE),
                before, after, reason);
    }

    private static String describe(List<ReplicaSet.Replica> replicas, Allocation allocation) {
        return replicas.stream().sorted(java.util.Comparator.comparing(ReplicaSet.Replica::node)).map(r -> r.node()
                + (r.diskless() ? " (diskless" : " (diskful") + numbers(r.node(), allocation) + ")").collect(Collectors.joining(", "));
    }

    /** A replica's node-id and port; none for a leaving replica, which the allocation no longer holds. */
    private static String numbers(String node, Allocation allocation) {
        Integer nodeId = allocation.nodeIds().get(node);
        Integer port = allocation.ports().get(node);
        return nodeId == null || port == null ? "" : ", node-id " + nodeId + ", port " + port;
    }
}
