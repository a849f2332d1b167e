package dev.berth.plan.placement;

import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.desired.Volume;
import dev.berth.model.Size;
import dev.berth.observed.ObservedCluster;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The free space of every pool on every node as this plan uses it up. Resources are placed in
 * name order and each new diskful replica takes its backing volumes' gross size from the ledger,
 * so one plan spreads its load instead of piling every resource onto the emptiest node. Lookups
 * are by pool, then node, without building keys: placement asks this for every candidate node of
 * every resource.
 */
final class FreeSpace {
    /** One pool on one node: what discovery saw, and what this plan has taken so far. */
    private static final class Slot {
        final String node;
        final PoolCapacity.Free measured;
        final Size extent;
        long consumed;

        Slot(String node, PoolCapacity.Free measured, Size extent) {
            this.node = node;
            this.measured = measured;
            this.extent = extent;
        }

        long left() { return measured.bytes().orElse(0L) - consumed; }
    }

    /** Most free first, ties by node name: the order placement prefers nodes in. */
    private static final Comparator<Slot> MOST_FREE = Comparator.comparingLong(Slot::left).reversed()
            .thenComparing(slot -> slot.node);

    private final ObservedCluster observed;
    private final Map<String, Map<String, Slot>> slots = new HashMap<>();
    private final Map<String, TreeSet<Slot>> rankings = new HashMap<>();

    FreeSpace(ObservedCluster observed) { this.observed = observed; }

    private Slot slot(StoragePool pool, String node) {
        return slots.computeIfAbsent(pool.name(), p -> new HashMap<>()).computeIfAbsent(node, n -> {
            var host = Optional.ofNullable(observed.hosts().get(n));
            return new Slot(n, PoolCapacity.measure(pool, n, host), BackingVolumes.extentSize(pool, host));
        });
    }

    /** What is left of the pool on the node after this plan's earlier placements, or why it is unknown. */
    PoolCapacity.Free left(StoragePool pool, String node) {
        Slot slot = slot(pool, node);
        return slot.measured.bytes().map(bytes -> PoolCapacity.Free.of(bytes - slot.consumed)).orElse(slot.measured);
    }

    /** The bytes left for ranking candidates: an unknown amount ranks as none. */
    long leftForRanking(StoragePool pool, String node) { return slot(pool, node).left(); }

    /**
     * The pool's nodes, most free space first, ties by name. A sorted index rather than a scan:
     * a pick usually takes the first few entries, so placing stays cheap on a hundred nodes.
     * Read it before the next {@link #consume}, which reorders it.
     */
    Iterable<String> byMostFree(StoragePool pool) {
        TreeSet<Slot> ranking = ranking(pool);
        return () -> ranking.stream().map(slot -> slot.node).iterator();
    }

    void consume(StoragePool pool, String node, long bytes) {
        TreeSet<Slot> ranking = ranking(pool);
        Slot slot = slot(pool, node);
        boolean ranked = ranking.remove(slot);
        slot.consumed += bytes;
        if (ranked) ranking.add(slot);
    }

    private TreeSet<Slot> ranking(StoragePool pool) {
        return rankings.computeIfAbsent(pool.name(), p -> {
            TreeSet<Slot> ranking = new TreeSet<>(MOST_FREE);
            pool.nodes().forEach(node -> ranking.add(slot(pool, node)));
            return ranking;
        });
    }

    /** The backing bytes one diskful replica of the resource takes on the node: all volumes, gross. */
    long needed(Resource resource, ResourceGroup group, StoragePool pool, String node) {
        Size extent = slot(pool, node).extent;
        long total = 0;
        for (Volume volume : resource.volumes()) {
            total += BackingVolumes.grossSize(volume.size(), group.maxPeers(), pool.backend(), extent).bytes();
        }
        return total;
    }

    ObservedCluster observed() { return observed; }
}
