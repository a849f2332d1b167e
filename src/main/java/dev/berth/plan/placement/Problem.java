package dev.berth.plan.placement;

import java.util.Objects;
import java.util.Optional;

/**
 * Something placement or allocation could not do as the stack asks, as a value: the planner turns
 * it into a refusal or a blocked step with the message, which says what and why.
 */
public record Problem(Kind kind, String resource, Optional<String> node, String message) {
    public enum Kind {
        /** Fewer eligible nodes than replicas wanted; the message lists why each other node was skipped. */
        NOT_ENOUGH_NODES,
        /** A tiebreaker is wanted and no node can take it. */
        NO_TIEBREAKER_NODE,
        /** A listed node cannot take the replica (state, pool, space, a foreign definition). */
        EXPLICIT_NODE_UNUSABLE,
        /** A listed node's thick pool cannot hold the backing volumes. */
        NOT_ENOUGH_SPACE,
        /** A change on a node in maintenance waits until it is active again. */
        DEFERRED_BY_MAINTENANCE,
        /** A replica lives on a host the stack does not name. */
        UNKNOWN_HOST,
        /** The resource's group is not defined (validation normally stops this earlier). */
        UNKNOWN_GROUP,
        /** All 32 DRBD node-ids are in use or retired. */
        NODE_IDS_EXHAUSTED,
        /** No minor in 1000–49999 is free on every host of the resource. */
        MINORS_EXHAUSTED,
        /** An existing minor of the resource is taken by another resource on a node it moves to. */
        MINOR_TAKEN,
        /** No port of the node's range is free. */
        PORTS_EXHAUSTED
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(message, "message");
    }

    static Problem of(Kind kind, String resource, String message) {
        return new Problem(kind, resource, Optional.empty(), message);
    }

    static Problem on(Kind kind, String resource, String node, String message) {
        return new Problem(kind, resource, Optional.of(node), message);
    }
}
