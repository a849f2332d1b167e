package dev.berth.plan.placement;

import java.util.Objects;

/** One replica of a resource's target set, and why it is there. */
public record PlacedReplica(String node, boolean diskless, Origin origin) {
    public enum Origin {
        /** Live already, in the same disk mode: nothing to add. */
        EXISTING,
        /** Listed in the resource's {@code nodes}, and new or changing its disk mode. */
        EXPLICIT,
        /** Chosen by the group's placement rules, new or changing its disk mode. */
        PLACED,
        /** The diskless third vote of a two-replica resource, new. */
        TIEBREAKER
    }

    public PlacedReplica {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isNew() { return origin != Origin.EXISTING; }
}
