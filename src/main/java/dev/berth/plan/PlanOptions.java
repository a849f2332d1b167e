package dev.berth.plan;

import java.util.List;

/**
 * What the user allows and restricts: {@code allowDestroy} for steps that lose data,
 * {@code targets} (address globs) to plan only part of the stack.
 */
public record PlanOptions(boolean allowDestroy, List<String> targets) {
    public PlanOptions {
        targets = List.copyOf(targets);
    }

    public static PlanOptions defaults() { return new PlanOptions(false, List.of()); }

    public boolean targets(dev.berth.model.Address address) {
        return targets.isEmpty() || targets.stream().anyMatch(address::matches)
                || address.resourceName().map(r -> targets.stream().anyMatch(dev.berth.model.Address.resource(r)::matches)).orElse(false);
    }
}
