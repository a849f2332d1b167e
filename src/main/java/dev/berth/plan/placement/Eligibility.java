package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.observed.ObservedHost;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why a node may not receive a new replica of a resource, in words a plan can show; empty when
 * it may. Group placement applies every rule; an explicit {@code nodes} list overrides the
 * group's avoid/require lists (the stack named the node), but never a node's state, a missing
 * pool or another tool's definition of the resource there. The rules that depend only on the
 * group (state, pool, avoid/require, reachability, readable free space) are worked out once per
 * group: placement asks about every node for every resource.
 */
final class Eligibility {
    private final DesiredCluster desired;
    private final FreeSpace space;
    private final Map<String, Map<String, Optional<String>>> byGroup = new HashMap<>();

    Eligibility(DesiredCluster desired, FreeSpace space) {
        this.desired = desired;
        this.space = space;
    }

    /** Every node in name order with why it cannot hold a new diskful replica of the group, if it cannot. */
    Map<String, Optional<String>> groupRules(ResourceGroup group, StoragePool pool) {
        return byGroup.computeIfAbsent(group.name(), g -> {
            LinkedHashMap<String, Optional<String>> reasons = new LinkedHashMap<>();
            for (Node node : desired.nodes().values()) reasons.put(node.name(), staticReason(group, pool, node, false));
            return reasons;
        });
    }

    Optional<String> whyNotDiskful(Resource resource, ResourceGroup group, StoragePool pool, ExistingResource live,
                                   Node node, boolean explicit) {
        Optional<String> fixed = explicit ? staticReason(group, pool, node, true) : groupRules(group, pool).get(node.name());
        if (fixed.isPresent()) return fixed;
        Optional<String> foreign = foreign(live, node);
        if (foreign.isPresent() || explicit) return foreign; // a listed node is placed even when short of space
        return shortOfSpace(resource, group, pool, node.name());
    }

    Optional<String> whyNotDiskless(ResourceGroup group, ExistingResource live, Node node, boolean explicit) {
        Optional<String> common = whyNotAny(group, node, explicit);
        return common.isPresent() ? common : foreign(live, node);
    }

    /**
     * Thick pools must hold the gross size now; thin pools allocate on write and may be
     * overcommitted (as LINSTOR allows), so for them free space only ranks nodes.
     */
    Optional<String> shortOfSpace(Resource resource, ResourceGroup group, StoragePool pool, String node) {
        if (pool.backend().isThin()) return Optional.empty();
        Optional<Long> free = space.left(pool, node).bytes();
        long needed = space.needed(resource, group, pool, node);
        if (free.isPresent() && free.get() < needed) {
            return Optional.of("pool " + pool.name() + " has " + free.get() + " bytes free, " + needed + " needed");
        }
        return Optional.empty();
    }

    private Optional<String> staticReason(ResourceGroup group, StoragePool pool, Node node, boolean explicit) {
        Optional<String> common = whyNotAny(group, node, explicit);
        if (common.isPresent()) return common;
        if (node.diskless()) return Optional.of("diskless node");
        if (!pool.isOn(node.name())) return Optional.of("does not have pool " + pool.name());
        if (explicit) return Optional.empty();
        if (!group.placement().requireNodes().isEmpty() && !group.placement().requireNodes().contains(node.name())) {
            return Optional.of("not in requireNodes");
        }
        PoolCapacity.Free free = space.left(pool, node.name());
        return free.bytes().isPresent() ? Optional.empty() : Optional.of(free.whyUnknown());
    }

    private Optional<String> whyNotAny(ResourceGroup group, Node node, boolean explicit) {
        if (node.state() != NodeState.ACTIVE) return Optional.of(describe(node.state()));
        if (!explicit && group.placement().avoidNodes().contains(node.name())) return Optional.of("in avoidNodes");
        boolean reachable = Optional.ofNullable(space.observed().hosts().get(node.name())).map(ObservedHost::isReachable).orElse(false);
        // An unreachable node named explicitly stays in the target: the planner blocks its steps.
        if (!reachable && !explicit) return Optional.of("unreachable");
        return Optional.empty();
    }

    private static Optional<String> foreign(ExistingResource live, Node node) {
        if (live.foreign().isEmpty()) return Optional.empty();
        return live.foreign().stream().filter(f -> f.node().equals(node.name())).findFirst()
                .map(f -> "defined there by another owner (" + f.where() + "): " + f.why());
    }

    static String describe(NodeState state) {
        switch (state) {
            case MAINTENANCE: return "in maintenance";
            case EVACUATE: return "being evacuated";
            case LOST: return "lost";
            default: return "active";
        }
    }
}
