package dev.berth.reconcile;

import dev.berth.desired.NodeState;
import dev.berth.drift.DriftReport;
import dev.berth.plan.Plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a round's decision depends on. {@code commit} is the branch's commit, whose stack
 * {@code plan} and {@code drift} were made from (against the live hosts); {@code hostsCommit} the
 * commit the hosts' state files record as applied last (the newest record); {@code stackAsApplied}
 * whether every host that answered applied exactly this stack (a commit that only touched other
 * files); {@code nodeStates} each node's state in the stack.
 */
public record RoundFacts(String commit, Optional<String> hostsCommit, boolean stackAsApplied, History history, Plan plan,
                         DriftReport drift, Map<String, NodeState> nodeStates, SelfHeal selfHeal, int maxAttempts) {
    public RoundFacts {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(hostsCommit, "hostsCommit");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(selfHeal, "selfHeal");
        nodeStates = Map.copyOf(nodeStates);
        if (maxAttempts < 1) throw new IllegalArgumentException("at least one attempt");
    }

    /** The hosts are at this commit already: by the loop's memory, the hosts' records, or an unchanged stack. */
    public boolean current() {
        return history.applied().equals(Optional.of(commit)) || hostsCommit.equals(Optional.of(commit)) || stackAsApplied;
    }
}
