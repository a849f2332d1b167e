package dev.berth.plan.placement;

import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.observed.ObservedHost;

import java.util.Optional;

/**
 * Why a node may not receive a new replica of a resource, in words a plan can show; empty when
 * it may. Group placement applies every rule; an explicit {@code nodes} list overrides the
 * group's avoid/require lists (the stack named the node), but never a node's state, a missing
 * pool or another tool's definition of the resource there.
 */
final class Eligibility {
    private final FreeSpace space;

    Eligibility(FreeSpace space) { this.space = space; }

    Optional<String> whyNotDiskful(Resource resource, ResourceGroup group, StoragePool pool, ExistingResource live,
                                   Node node, boolean explicit) {
        Optional<String> common = whyNotAny(group, live, node, explicit);
        if (common.isPresent()) return common;
        if (node.diskless()) return Optional.of("diskless node");
        if (!pool.isOn(node.name())) return Optional.of("does not have pool " + pool.name());
        if (!explicit && !group.placement().requireNodes().isEmpty() && !group.placement().requireNodes().contains(node.name())) {
            return Optional.of("not in requireNodes");
        }
        // A listed node is placed even when short of space: the planner's precondition says so.
        if (explicit) return Optional.empty();
        PoolCapacity.Free free = space.left(pool, node.name());
        if (free.bytes().isEmpty()) return Optional.of(free.whyUnknown());
        return shortOfSpace(resource, group, pool, node.name());
    }

    Optional<String> whyNotDiskless(ResourceGroup group, ExistingResource live, Node node, boolean explicit) {
        return whyNotAny(group, live, node, explicit);
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

    private Optional<String> whyNotAny(ResourceGroup group, ExistingResource live, Node node, boolean explicit) {
        if (node.state() != NodeState.ACTIVE) return Optional.of(describe(node.state()));
        if (!explicit && group.placement().avoidNodes().contains(node.name())) return Optional.of("in avoidNodes");
        Optional<ForeignDefinition> foreign = live.foreign().stream().filter(f -> f.node().equals(node.name())).findFirst();
        if (foreign.isPresent()) return Optional.of("defined there by another owner (" + foreign.get().where() + "): " + foreign.get().why());
        boolean reachable = Optional.ofNullable(space.observed().hosts().get(node.name())).map(ObservedHost::isReachable).orElse(false);
        // An unreachable node named explicitly stays in the target: the planner blocks its steps.
        if (!reachable && !explicit) return Optional.of("unreachable");
        return Optional.empty();
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
