package dev.berth.plan;

import dev.berth.model.Address;
import dev.berth.plan.placement.ForeignDefinition;
import dev.berth.plan.placement.ResourcePlacement;

/**
 * A stack resource that another tool defines on some host is refused as a whole, never written:
 * a second definition of the same name (Berth's file beside a LINSTOR satellite's, or beside a
 * hand-written one) makes drbdadm act on whichever it reads, and both tools would fight over it.
 * Placement already keeps such a node out; this says why, naming the host and the file.
 */
final class ForeignRefusals {
    private ForeignRefusals() {}

    /** True when the resource is refused (then no step of it is planned). */
    static boolean refuse(PlanContext context, ResourcePlacement placement) {
        for (ForeignDefinition foreign : placement.existing().foreign()) {
            context.refuse(Refusal.Rule.FOREIGN_RESOURCE, Address.drbd(foreign.resource(), foreign.node()),
                    foreign.resource() + " is defined on " + foreign.node() + " in " + foreign.where() + ", which Berth does not own: "
                            + foreign.why(), hint(foreign));
        }
        return !placement.existing().foreign().isEmpty();
    }

    private static String hint(ForeignDefinition foreign) {
        switch (foreign.owner()) {
            case LINSTOR:
                return "a LINSTOR satellite manages it: rename the resource in the stack, or remove it from LINSTOR first";
            case HAND_WRITTEN:
                return "set ownership.adopt: true to take it over (its volumes must match the stack), or rename the resource";
            default:
                return "make " + foreign.where() + " on " + foreign.node() + " readable, or rename the resource";
        }
    }
}
