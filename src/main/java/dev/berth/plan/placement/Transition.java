package dev.berth.plan.placement;

import java.util.Objects;

/**
 * A replica that stays on its node but changes disk mode: to diskless (detach, drop the backing
 * volume) or to diskful (backing volume, metadata, attach, full sync). It keeps its node-id,
 * minors and port.
 */
public record Transition(String node, Direction direction) {
    public enum Direction { TO_DISKLESS, TO_DISKFUL }

    public Transition {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(direction, "direction");
    }
}
