package dev.berth.observed;

import java.util.Optional;

/**
 * One node of the stack as discovery found it: {@link ReachableHost} with facts and inventory,
 * or {@link UnreachableHost} with the error. An unreachable host has no inventory at all, so no
 * code path can read it as a host that has nothing.
 */
public sealed interface ObservedHost permits ReachableHost, UnreachableHost {
    /** The node name in the stack. */
    String node();

    /** The host's facts and inventory, when it answered. */
    Optional<ReachableHost> reachable();

    default boolean isReachable() { return reachable().isPresent(); }
}
