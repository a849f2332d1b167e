package dev.berth.cli;

import dev.berth.apply.ApplyEngine;
import dev.berth.apply.ApplyOptions;
import dev.berth.apply.Sleeper;
import dev.berth.apply.StopRequest;
import dev.berth.apply.events.ApplyReport;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.drift.Drift;
import dev.berth.drift.DriftKind;
import dev.berth.drift.DriftReport;
import dev.berth.drift.HostApply;
import dev.berth.plan.PlanOptions;
import dev.berth.reconcile.Decision;
import dev.berth.reconcile.History;
import dev.berth.reconcile.ReconcileLoop;
import dev.berth.reconcile.Reconciler;
import dev.berth.reconcile.RoundAction;
import dev.berth.reconcile.RoundFacts;
import dev.berth.reconcile.RoundRecord;
import dev.berth.reconcile.SelfHeal;
import dev.berth.source.GitRepository;
import dev.berth.source.GitSource;
import dev.berth.source.SourceException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One round's effects: fetch and resolve the branch, read its stack, discover and plan, measure
 * drift, let {@link Reconciler#decide} choose, and apply as {@code apply --auto-approve} does
 * (locks, basis check, rollback). Every failure becomes a failed round with a one-line reason;
 * the loop goes on.
 */
final class ReconcileRound implements ReconcileLoop.Round {
    private final StackOptions options;
    private final PlanFlags flags;
    private final String branch;
    private final SelfHeal selfHeal;
    private final int maxAttempts;
    private final Sleeper clock;
    private final StopRequest stop;

    ReconcileRound(StackOptions options, PlanFlags flags, String branch, SelfHeal selfHeal, int maxAttempts, Sleeper clock, StopRequest stop) {
        this.options = options;
        this.flags = flags;
        this.branch = branch;
        this.selfHeal = selfHeal;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
        this.stop = stop;
    }

    @Override
    public ReconcileLoop.Outcome run(int round, History history) {
        Instant start = clock.now();
        Optional<String> commit = Optional.empty();
        StringWriter diagnostics = new StringWriter(); // an invalid stack's diagnostics: the round's reasons, not loose lines
        try {
            GitSource source;
            try (GitRepository repository = options.openGit()) { // a URL is fetched again here; a folder's refs are read afresh
                commit = Optional.of(repository.resolve(branch));
                source = repository.stack(commit.get(), options.stack.toString());
            } catch (SourceException e) {
                throw new UserError(e.getMessage());
            }
            options.rev = commit.get(); // the journal records the commit, so a --resume reads this very stack
            Planning.Planned planned = Planning.plan(options, source, flags, new PrintWriter(diagnostics), false);
            DriftReport drift = Drift.report(planned.cluster(), planned.observed(), planned.plan(), new PlanOptions(flags.allowDestroy, flags.targets));
            Map<String, NodeState> states = new TreeMap<>();
            planned.cluster().nodes().values().forEach((Node node) -> states.put(node.name(), node.state()));
            RoundFacts facts = new RoundFacts(commit.get(), hostsCommit(drift), stackAsApplied(drift), history, planned.plan(), drift, states,
                    selfHeal, maxAttempts);
            Decision decision = Reconciler.decide(facts);
            History known = facts.current() ? history.remember(commit.get()) : history;
            return act(round, start, decision, counts(drift), known, planned);
        } catch (UserError | IllegalStateException | java.io.UncheckedIOException e) {
            List<String> reasons = new ArrayList<>();
            diagnostics.toString().lines().filter(line -> !line.isBlank()).forEach(reasons::add);
            reasons.add(e.getMessage());
            History after = commit.map(history::failed).orElseGet(history::failedWithoutCommit);
            return outcome(round, start, commit, RoundAction.FAILED, Map.of(), e instanceof UserError u ? u.exitCode() : ExitCode.ERROR,
                    reasons, after);
        }
    }

    private ReconcileLoop.Outcome act(int round, Instant start, Decision decision, Map<DriftKind, Long> drift, History history,
                                      Planning.Planned planned) {
        Optional<String> commit = Optional.of(decision.commit());
        switch (decision.kind()) {
            case APPLY:
            case HEAL:
                ApplyReport report = engine(planned).apply(planned.plan());
                boolean done = report.exitCode() == ExitCode.OK;
                RoundAction action = !done ? RoundAction.FAILED : decision.kind() == Decision.Kind.HEAL ? RoundAction.HEALED : RoundAction.APPLIED;
                List<String> reasons = new ArrayList<>(List.of("apply " + report.outcome().spelling() + " (plan " + report.planId()
                        + report.journal().map(j -> ", journal " + j).orElse("") + ")"));
                if (!done) {
                    reasons.addAll(report.problems());
                    if (!report.nextCommand().isEmpty()) reasons.add("next: " + report.nextCommand());
                }
                return outcome(round, start, commit, action, drift, report.exitCode(), reasons,
                        done ? history.applied(decision.commit()) : history.failed(decision.commit()));
            case UP_TO_DATE:
                return outcome(round, start, commit, RoundAction.NO_CHANGE, drift, ExitCode.OK, decision.reasons(), history.applied(decision.commit()));
            case NO_CHANGE:
                return outcome(round, start, commit, RoundAction.NO_CHANGE, drift, ExitCode.OK, decision.reasons(), history.quiet());
            case REPORT:
                return outcome(round, start, commit, RoundAction.DRIFT_REPORTED, drift, ExitCode.CHANGES, decision.reasons(), history.quiet());
            case REFUSED:
                return outcome(round, start, commit, RoundAction.FAILED, drift, ExitCode.REFUSED, decision.reasons(), history.failed(decision.commit()));
            default: // GIVE_UP: nothing runs; the backoff stays where the failures left it
                return outcome(round, start, commit, RoundAction.GAVE_UP, drift, ExitCode.REFUSED, decision.reasons(), history);
        }
    }

    private ApplyEngine engine(Planning.Planned planned) {
        // no step events: the loop's log is one line per round, and the journal keeps every step
        return new ApplyEngine(ApplyWiring.environment(options, planned.cluster(), event -> { }), ApplyOptions.defaults().stoppedBy(stop));
    }

    private ReconcileLoop.Outcome outcome(int round, Instant start, Optional<String> commit, RoundAction action, Map<DriftKind, Long> drift,
                                          int exitCode, List<String> reasons, History after) {
        Duration took = Duration.between(start, clock.now());
        return new ReconcileLoop.Outcome(new RoundRecord(start, round, commit, action, drift, took.isNegative() ? Duration.ZERO : took, exitCode,
                reasons), after);
    }

    /** The commit of the newest apply any host records. */
    static Optional<String> hostsCommit(DriftReport drift) {
        return drift.hosts().stream().filter(h -> h.time().isPresent() && h.commit().isPresent())
                .max(Comparator.comparing((HostApply h) -> h.time().get())).flatMap(HostApply::commit);
    }

    /** Every host that answered applied exactly this stack (at least one did): a commit that changed other files. */
    static boolean stackAsApplied(DriftReport drift) {
        List<HostApply> answered = drift.hosts().stream().filter(h -> h.status() != HostApply.Status.UNREACHABLE).toList();
        return !answered.isEmpty() && answered.stream().allMatch(h -> h.status() == HostApply.Status.CURRENT);
    }

    static Map<DriftKind, Long> counts(DriftReport drift) {
        Map<DriftKind, Long> counts = new EnumMap<>(DriftKind.class);
        for (DriftKind kind : DriftKind.values()) counts.put(kind, drift.count(kind));
        return counts;
    }
}
