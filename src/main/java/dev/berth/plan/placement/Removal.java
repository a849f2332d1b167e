package dev.berth.plan.placement;

import java.util.Objects;

/**
 * A live replica that leaves the target set. When the reason is an evacuation, its replacement is
 * in the same placement, so the planner can order add, sync to UpToDate, then remove.
 */
public record Removal(String node, boolean diskless, Reason reason, String why) {
    public enum Reason {
        /** The resource lists its nodes and this one is not among them. */
        NOT_IN_EXPLICIT_NODES,
        /** More diskful replicas live than the group asks for. */
        OVER_REPLICA_COUNT,
        /** The node is being evacuated: a replacement is placed elsewhere first. */
        NODE_EVACUATING,
        /** The node is lost: survivors forget it, and the replica is placed anew. */
        NODE_LOST,
        /** The node no longer meets the group's rules (avoided, not required, no pool, now diskless). */
        NODE_NOT_ELIGIBLE,
        /** A diskless replica that no tiebreaker role needs any more. */
        TIEBREAKER_NOT_NEEDED
    }

    public Removal {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(why, "why");
    }
}
