package dev.berth.reconcile;

import dev.berth.desired.NodeState;
import dev.berth.drift.DriftItem;
import dev.berth.drift.DriftKind;
import dev.berth.drift.DriftReport;
import dev.berth.drift.IgnoredDrift;
import dev.berth.drift.Origin;
import dev.berth.model.Address;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.Risk;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The round's decision over hand-made facts: every rule, one at a time. */
class ReconcilerTest {
    static final String OLD = "1111111111111111111111111111111111111111";
    static final String NEW = "2222222222222222222222222222222222222222";
    static final Map<String, NodeState> ACTIVE = Map.of("worker-1", NodeState.ACTIVE, "worker-2", NodeState.ACTIVE);

    static Step step(String host, Risk risk, Optional<String> blocked) {
        return new Step("drbd.r@" + host + ":" + risk.spelling(), Address.drbd("r", host), host, "do something " + risk.spelling(),
                new DrbdOperations.WaitFor(host, "r", new WaitCondition(WaitCondition.Kind.UP_TO_DATE, "r", List.of(host))), List.of(), List.of(),
                List.of(), risk, List.of(), List.of(), "because", blocked);
    }

    static Plan plan(List<Step> steps, List<Refusal> refusals) {
        return new Plan(Plan.FORMAT_VERSION, "id", new Basis("stack", "sha256:x", "lab:x", new TreeMap<>(), Optional.empty()), List.of(), steps,
                List.of(), refusals, List.of(), List.of());
    }

    static DriftReport drift(int items, int ignored) {
        List<DriftItem> drift = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            drift.add(new DriftItem(DriftKind.CHANGED, Address.drbd("r" + i, "worker-1"), Optional.of("worker-1"), "net.protocol", "C", "A",
                    "berth plan, then berth apply", Origin.SINCE_LAST_APPLY));
        }
        List<IgnoredDrift> muted = new ArrayList<>();
        for (int i = 0; i < ignored; i++) {
            muted.add(new IgnoredDrift(new DriftItem(DriftKind.CHANGED, Address.drbd("m" + i, "worker-1"), Optional.of("worker-1"), "size", "1", "2",
                    "berth plan", Origin.SINCE_LAST_APPLY), "volume.*", "grown by hand"));
        }
        return new DriftReport("stack", "sha256:x", List.of(), drift, muted, List.of(), List.of());
    }

    static RoundFacts facts(String commit, History history, Plan plan, DriftReport drift, SelfHeal heal, Map<String, NodeState> nodes) {
        return new RoundFacts(commit, Optional.of(OLD), false, history, plan, drift, nodes, heal, 3);
    }

    static Decision decide(Plan plan, DriftReport drift, SelfHeal heal) {
        return Reconciler.decide(facts(OLD, History.start(), plan, drift, heal, ACTIVE));
    }

    static final Plan REVERSIBLE = plan(List.of(step("worker-1", Risk.REVERSIBLE, Optional.empty()), step("worker-2", Risk.NONE, Optional.empty())),
            List.of());

    @Test
    void aNewCommitIsAppliedWhateverTheSelfHealMode() {
        Plan risky = plan(List.of(step("worker-1", Risk.IRREVERSIBLE, Optional.empty())), List.of());
        Decision decision = Reconciler.decide(facts(NEW, History.start(), risky, drift(0, 0), SelfHeal.OFF, ACTIVE));
        assertEquals(Decision.Kind.APPLY, decision.kind());
        assertEquals(NEW, decision.commit());
    }

    @Test
    void aNewCommitWithNothingToDoIsRememberedAsApplied() {
        assertEquals(Decision.Kind.UP_TO_DATE, Reconciler.decide(facts(NEW, History.start(), plan(List.of(), List.of()), drift(0, 0), SelfHeal.OFF,
                ACTIVE)).kind());
    }

    @Test
    void aNewCommitWhosePlanIsRefusedOrBlockedIsAFailedAttempt() {
        Plan refused = plan(List.of(), List.of(new Refusal(Refusal.Rule.SHRINK, Address.resource("r"), "would shrink r", "grow it")));
        Decision decision = Reconciler.decide(facts(NEW, History.start(), refused, drift(0, 0), SelfHeal.SAFE, ACTIVE));
        assertEquals(Decision.Kind.REFUSED, decision.kind());
        assertEquals(List.of("refused (shrink) would shrink r"), decision.reasons());
        Plan blocked = plan(List.of(step("worker-2", Risk.REVERSIBLE, Optional.of("worker-2 did not answer"))), List.of());
        assertEquals(List.of("step drbd.r@worker-2:reversible is blocked: worker-2 did not answer"),
                Reconciler.decide(facts(NEW, History.start(), blocked, drift(0, 0), SelfHeal.SAFE, ACTIVE)).reasons());
    }

    @Test
    void theCommitCountsAsAppliedByMemoryByTheHostsOrByAnUnchangedStack() {
        Plan plan = plan(List.of(), List.of());
        assertEquals(Decision.Kind.NO_CHANGE, Reconciler.decide(new RoundFacts(NEW, Optional.of(NEW), false, History.start(), plan, drift(0, 0),
                ACTIVE, SelfHeal.OFF, 3)).kind());
        assertEquals(Decision.Kind.NO_CHANGE, Reconciler.decide(new RoundFacts(NEW, Optional.empty(), false, History.start().applied(NEW), plan,
                drift(0, 0), ACTIVE, SelfHeal.OFF, 3)).kind());
        assertEquals(Decision.Kind.NO_CHANGE, Reconciler.decide(new RoundFacts(NEW, Optional.of(OLD), true, History.start(), plan, drift(0, 0),
                ACTIVE, SelfHeal.OFF, 3)).kind());
    }

    @Test
    void driftIsOnlyReportedWhenSelfHealIsOff() {
        Decision decision = decide(REVERSIBLE, drift(1, 0), SelfHeal.OFF);
        assertEquals(Decision.Kind.REPORT, decision.kind());
        assertEquals(List.of("self-heal is off"), decision.reasons());
    }

    @Test
    void driftIsHealedUnderSafeWhenEveryStepIsNoneOrReversible() {
        assertEquals(Decision.Kind.HEAL, decide(REVERSIBLE, drift(1, 0), SelfHeal.SAFE).kind());
    }

    @Test
    void anIrreversibleOrDataLossStepIsNeverHealed() {
        for (Risk risk : List.of(Risk.IRREVERSIBLE, Risk.DATA_LOSS)) {
            Plan plan = plan(List.of(step("worker-1", Risk.REVERSIBLE, Optional.empty()), step("worker-2", risk, Optional.empty())), List.of());
            Decision decision = decide(plan, drift(1, 0), SelfHeal.SAFE);
            assertEquals(Decision.Kind.REPORT, decision.kind());
            assertEquals(List.of("step drbd.r@worker-2:" + risk.spelling() + " is " + risk.spelling() + " (do something " + risk.spelling()
                    + "); self-heal runs only none and reversible steps"), decision.reasons());
        }
    }

    @Test
    void aStepOnANodeInMaintenanceIsNeverHealed() {
        Decision decision = Reconciler.decide(facts(OLD, History.start(), REVERSIBLE, drift(1, 0), SelfHeal.SAFE,
                Map.of("worker-1", NodeState.MAINTENANCE, "worker-2", NodeState.ACTIVE)));
        assertEquals(Decision.Kind.REPORT, decision.kind());
        assertEquals(List.of("step drbd.r@worker-1:reversible runs on worker-1, which is in maintenance"), decision.reasons());
    }

    @Test
    void refusalsBlockedStepsMutedDifferencesAndHealthAloneAreReported() {
        Plan refused = plan(List.of(step("worker-1", Risk.REVERSIBLE, Optional.empty())),
                List.of(new Refusal(Refusal.Rule.QUORUM, Address.resource("r"), "would lose quorum", "wait")));
        assertEquals(List.of("refused (quorum) would lose quorum"), decide(refused, drift(1, 0), SelfHeal.SAFE).reasons());
        Plan blocked = plan(List.of(step("worker-1", Risk.REVERSIBLE, Optional.of("unreachable"))), List.of());
        assertEquals(Decision.Kind.REPORT, decide(blocked, drift(1, 0), SelfHeal.SAFE).kind());
        assertTrue(decide(REVERSIBLE, drift(1, 1), SelfHeal.SAFE).reasons().contains("the plan would also undo 1 difference(s) muted by driftIgnore"));
        assertEquals(List.of("no plan step restores it; each difference's action says what a person can do"),
                decide(plan(List.of(), List.of()), drift(1, 0), SelfHeal.SAFE).reasons());
    }

    @Test
    void mutedDriftAloneIsNoChange() {
        assertEquals(Decision.Kind.NO_CHANGE, decide(REVERSIBLE, drift(0, 2), SelfHeal.SAFE).kind());
    }

    @Test
    void aCommitThatFailedMaxAttemptsTimesIsGivenUpUntilTheBranchMoves() {
        History history = History.start().failed(NEW).failed(NEW);
        assertEquals(Decision.Kind.APPLY, Reconciler.decide(facts(NEW, history, REVERSIBLE, drift(0, 0), SelfHeal.OFF, ACTIVE)).kind());
        Decision gaveUp = Reconciler.decide(facts(NEW, history.failed(NEW), REVERSIBLE, drift(0, 0), SelfHeal.OFF, ACTIVE));
        assertEquals(Decision.Kind.GIVE_UP, gaveUp.kind());
        assertEquals(List.of("commit 222222222222 failed 3 times; given up until the branch moves (fix the cause, then push a new commit)"),
                gaveUp.reasons());
        String newer = "3333333333333333333333333333333333333333";
        assertEquals(Decision.Kind.APPLY, Reconciler.decide(facts(newer, history.failed(NEW), REVERSIBLE, drift(0, 0), SelfHeal.OFF, ACTIVE)).kind(),
                "a new commit starts with fresh attempts");
    }
}
