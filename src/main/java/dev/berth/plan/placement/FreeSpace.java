package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.desired.Volume;
import dev.berth.observed.ObservedCluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The free space of every pool on every node as this plan uses it up. Resources are placed in
 * name order and each new diskful replica takes its backing volumes' gross size from the ledger,
 * so one plan spreads its load instead of piling every resource onto the emptiest node.
 */
final class FreeSpace {
    private final DesiredCluster desired;
    private final ObservedCluster observed;
    private final Map<String, PoolCapacity.Free> measured = new HashMap<>();
    private final Map<String, Long> consumed = new HashMap<>();

    FreeSpace(DesiredCluster desired, ObservedCluster observed) {
        this.desired = desired;
        this.observed = observed;
    }

    /** What is left of the pool on the node after this plan's earlier placements, or why it is unknown. */
    PoolCapacity.Free left(StoragePool pool, String node) {
        String key = pool.name() + "@" + node;
        PoolCapacity.Free free = measured.computeIfAbsent(key,
                k -> PoolCapacity.measure(pool, node, Optional.ofNullable(observed.hosts().get(node))));
        long used = consumed.getOrDefault(key, 0L);
        return free.bytes().map(bytes -> PoolCapacity.Free.of(bytes - used)).orElse(free);
    }

    void consume(StoragePool pool, String node, long bytes) {
        consumed.merge(pool.name() + "@" + node, bytes, Long::sum);
    }

    /** The backing bytes one diskful replica of the resource takes on the node: all volumes, gross. */
    long needed(Resource resource, ResourceGroup group, StoragePool pool, String node) {
        long total = 0;
        for (Volume volume : resource.volumes()) {
            total += BackingVolumes.grossSize(volume.size(), group.maxPeers(), pool,
                    Optional.ofNullable(observed.hosts().get(node))).bytes();
        }
        return total;
    }

    DesiredCluster desired() { return desired; }

    ObservedCluster observed() { return observed; }
}
