package dev.berth.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.berth.ops.Operation;

import java.util.List;

/** The stable name of each operation (as the plan JSON spells it) and the phase that orders ready steps. */
final class OperationKinds {
    /** Phase order: what must exist comes first, what destroys comes last. */
    private static final List<String> PHASES = List.of("create-volume-group", "create-zpool", "create-thin-pool",
            "create-backing-volume", "write-resource-file", "create-metadata", "bring-up", "wait", "skip-initial-sync",
            "start-initial-sync", "grow-backing-volume", "resize", "reconfigure", "forget-peer", "take-down",
            "remove-resource-file", "remove-backing-volume");

    private OperationKinds() {}

    static String of(Operation operation) {
        for (JsonSubTypes.Type type : Operation.class.getAnnotation(JsonSubTypes.class).value()) {
            if (type.value() == operation.getClass()) return type.name();
        }
        throw new IllegalStateException("operation " + operation.getClass() + " has no kind name");
    }

    static int phase(Operation operation) {
        int phase = PHASES.indexOf(of(operation));
        return phase < 0 ? PHASES.size() : phase;
    }
}
