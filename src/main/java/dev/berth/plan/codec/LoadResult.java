package dev.berth.plan.codec;

import dev.berth.diag.Diagnostic;
import dev.berth.plan.Plan;

import java.util.List;
import java.util.Optional;

/** A loaded plan, or why the file is not one Berth will show or apply (never both). */
public record LoadResult(Optional<Plan> plan, List<Diagnostic> diagnostics) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        if (plan.isPresent() == !diagnostics.isEmpty()) throw new IllegalArgumentException("a plan or diagnostics, not both");
    }

    static LoadResult loaded(Plan plan) { return new LoadResult(Optional.of(plan), List.of()); }

    static LoadResult rejected(List<Diagnostic> diagnostics) { return new LoadResult(Optional.empty(), diagnostics); }

    static LoadResult rejected(Diagnostic diagnostic) { return rejected(List.of(diagnostic)); }

    public boolean isLoaded() { return plan.isPresent(); }
}
