package dev.berth.plan;

import java.util.List;

/**
 * The plan: pure data, the only contract between planning and apply. {@code planId} is the SHA-256
 * of the canonical plan body, so a saved plan can be named, reviewed and applied exactly.
 */
public record Plan(int formatVersion, String planId, Basis basis, List<ResourceChange> resourceChanges, List<Step> steps,
                   List<Allocation> allocations, List<Refusal> refusals, List<Unmanaged> unmanaged, List<Deferral> deferred) {
    public static final int FORMAT_VERSION = 1;

    public Plan {
        resourceChanges = List.copyOf(resourceChanges);
        steps = List.copyOf(steps);
        allocations = List.copyOf(allocations);
        refusals = List.copyOf(refusals);
        unmanaged = List.copyOf(unmanaged);
        deferred = List.copyOf(deferred);
    }

    public boolean hasChanges() { return !steps.isEmpty(); }

    public boolean isRefused() { return !refusals.isEmpty(); }

    public long blockedSteps() { return steps.stream().filter(Step::isBlocked).count(); }

    public Summary summary() { return Summary.of(this); }
}
