package dev.berth.review;

import dev.berth.plan.Plan;

import java.util.List;
import java.util.Optional;

/**
 * A change request as a reviewer reads it: the stack at {@code path} in {@code repository}, from
 * {@code base} to {@code head}; the spec change; the head's plan against the live hosts (what will
 * happen); and the base's plan against the same hosts, whose changes are drift that exists already
 * ({@code baseline} is empty when the base has no stack at that path: the change request adds it).
 */
public record ChangeRequest(String repository, String path, Revision base, Revision head, List<SpecChange> specChanges, Plan plan,
                            Optional<Plan> baseline) {
    /** A revision as the user named it ({@code main}, {@code HEAD~1}), the commit it resolved to, and that commit's spec digest (if it has the stack). */
    public record Revision(String name, String commit, Optional<String> specDigest) {
        public String abbreviated() { return commit.substring(0, Math.min(12, commit.length())); }
    }

    public ChangeRequest {
        specChanges = List.copyOf(specChanges);
    }

    /** Existing drift: what the planner would do to bring the live hosts to the base (no-op entries left out). */
    public List<dev.berth.plan.ResourceChange> existingDrift() {
        return baseline.map(plan -> plan.resourceChanges().stream().filter(change -> !change.actions().equals(List.of(dev.berth.plan.Action.NO_OP)))
                .toList()).orElse(List.of());
    }
}
