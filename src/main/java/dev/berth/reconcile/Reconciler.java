package dev.berth.reconcile;

import dev.berth.desired.NodeState;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * A round's decision, pure. In order: a commit that failed {@code maxAttempts} times is given up
 * until the branch moves; a commit not yet on the hosts is applied (as {@code apply
 * --auto-approve}: a refused or blocked plan is a failed attempt); on the current commit, drift is
 * healed only under {@code --self-heal safe} and only when nothing stands in the way (see
 * {@link #healBlockers}), else reported.
 */
public final class Reconciler {
    private Reconciler() {}

    public static Decision decide(RoundFacts facts) {
        String commit = facts.commit();
        int attempts = facts.history().attemptsAt(commit);
        if (attempts >= facts.maxAttempts()) {
            return new Decision(Decision.Kind.GIVE_UP, commit, List.of("commit " + abbreviated(commit) + " failed " + attempts
                    + " times; given up until the branch moves (fix the cause, then push a new commit)"));
        }
        Plan plan = facts.plan();
        if (!facts.current()) {
            List<String> refusals = refusals(plan);
            if (!refusals.isEmpty()) return new Decision(Decision.Kind.REFUSED, commit, refusals);
            if (!plan.hasChanges()) return new Decision(Decision.Kind.UP_TO_DATE, commit, List.of("the hosts already match this commit"));
            return new Decision(Decision.Kind.APPLY, commit, List.of());
        }
        // muted drift is not drift: the plan may still "fix" it, and healing it would undo what driftIgnore allows
        if (!facts.drift().hasDrift()) return new Decision(Decision.Kind.NO_CHANGE, commit, List.of());
        if (facts.selfHeal() == SelfHeal.OFF) return new Decision(Decision.Kind.REPORT, commit, List.of("self-heal is off"));
        List<String> blockers = healBlockers(facts);
        if (!blockers.isEmpty()) return new Decision(Decision.Kind.REPORT, commit, blockers);
        return new Decision(Decision.Kind.HEAL, commit, List.of());
    }

    /**
     * Why the plan may not run unattended: nothing to run (health drift needs a person), a refusal,
     * a blocked step, a step whose risk is {@code irreversible} or {@code data-loss}, a step on a
     * node in maintenance, or muted differences the plan would undo. Empty when healing is safe.
     */
    static List<String> healBlockers(RoundFacts facts) {
        Plan plan = facts.plan();
        List<String> blockers = new ArrayList<>(refusals(plan));
        if (!plan.hasChanges()) blockers.add("no plan step restores it; each difference's action says what a person can do");
        for (Step step : plan.steps()) {
            if (!step.risk().isAutomatic()) {
                blockers.add("step " + step.id() + " is " + step.risk().spelling() + " (" + step.summary() + "); self-heal runs only none and reversible steps");
            }
            if (facts.nodeStates().get(step.host()) == NodeState.MAINTENANCE) {
                blockers.add("step " + step.id() + " runs on " + step.host() + ", which is in maintenance");
            }
        }
        if (plan.hasChanges() && !facts.drift().ignored().isEmpty()) {
            blockers.add("the plan would also undo " + facts.drift().ignored().size() + " difference(s) muted by driftIgnore");
        }
        return blockers;
    }

    private static List<String> refusals(Plan plan) {
        List<String> reasons = new ArrayList<>();
        for (Refusal refusal : plan.refusals()) reasons.add("refused (" + refusal.rule().spelling() + ") " + refusal.message());
        plan.steps().stream().filter(Step::isBlocked)
                .forEach(step -> reasons.add("step " + step.id() + " is blocked: " + step.blockedBecause().orElseThrow()));
        return reasons;
    }

    static String abbreviated(String commit) { return commit.substring(0, Math.min(12, commit.length())); }
}
