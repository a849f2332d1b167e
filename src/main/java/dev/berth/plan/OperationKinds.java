package dev.berth.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.berth.ops.Operation;

import java.util.List;

/** The stable name of each operation (as the plan JSON spells it) and the phase that orders ready steps. */
public final class OperationKinds {
    /** Phase order: what must exist comes first, what destroys comes last. */
    private static final List<String> PHASES = List.of("create-volume-group", "create-zpool", "create-thin-pool",
            "create-backing-volume", "mark-backing-volume", "write-resource-file", "create-metadata", "bring-up", "wait", "skip-initial-sync",
            "start-initial-sync", "grow-backing-volume", "resize", "reconfigure", "attach-disk", "forget-peer", "take-down",
            "remove-resource-file", "remove-backing-volume");

    /** Read once from Operation's Jackson annotation: the one list of kind names. */
    private static final java.util.Map<Class<?>, String> NAMES = names();

    private OperationKinds() {}

    public static String of(Operation operation) {
        String name = NAMES.get(operation.getClass());
        if (name == null) throw new IllegalStateException("operation " + operation.getClass() + " has no kind name");
        return name;
    }

    static int phase(Operation operation) {
        int phase = PHASES.indexOf(of(operation));
        return phase < 0 ? PHASES.size() : phase;
    }

    private static java.util.Map<Class<?>, String> names() {
        java.util.Map<Class<?>, String> names = new java.util.HashMap<>();
        for (JsonSubTypes.Type type : Operation.class.getAnnotation(JsonSubTypes.class).value()) names.put(type.value(), type.name());
        return java.util.Map.copyOf(names);
    }
}
