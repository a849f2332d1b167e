package dev.berth.plan.placement;

import java.util.Objects;

/**
 * A definition of a stack resource's name on a host that Berth does not manage: a LINSTOR
 * satellite's file (never written, never adopted), a hand-written file (adoptable with
 * {@code ownership.adopt} when its volumes match), or one Berth could not read or attribute.
 * Such a node gets no replica of that resource from placement, and the planner reports it.
 */
public record ForeignDefinition(String node, String resource, Owner owner, String where, String why) {
    public enum Owner {
        /** Under {@code /var/lib/linstor.d}: a LINSTOR satellite writes it. */
        LINSTOR,
        /** Written by hand (or another tool) in {@code /etc/drbd.d}, not adopted. */
        HAND_WRITTEN,
        /** Unreadable, or its owner could not be told (the file list was unknown). */
        UNKNOWN
    }

    public ForeignDefinition {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(why, "why");
    }
}
