package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.journal.Journal;
import dev.berth.journal.JournalHistory;
import dev.berth.journal.JournalReader;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.Step;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The apply engine's three entry points. {@link #apply} runs a plan: refuse what must not run,
 * resolve secrets, open the journal, lock every involved host, re-discover and refuse a stale
 * basis, walk the DAG, and on the first failure undo up to the commit points. {@link #resume}
 * and {@link #rollback} continue a journal forward or backward, letting each operation's
 * {@code isDone} decide what an unfinished step actually did. Every path ends in one report.
 */
public final class ApplyEngine {
    enum Mode { APPLY, RESUME, ROLLBACK }

    private final ApplyEnvironment environment;
    private final ApplyOptions options;

    public ApplyEngine(ApplyEnvironment environment, ApplyOptions options) {
        this.environment = environment;
        this.options = options;
    }

    public ApplyReport apply(Plan plan) {
        if (plan.isRefused() || plan.blockedSteps() > 0) {
            List<String> why = plan.refusals().stream().map(Refusal::message).toList();
            return Reports.refused(plan, Optional.empty(), why.isEmpty() ? List.of(plan.blockedSteps() + " steps are blocked") : why,
                    "change the stack or the cluster so that 'berth plan' refuses nothing, then apply");
        }
        if (!plan.hasChanges()) {
            return new ApplyReport(ApplyReport.Outcome.NO_CHANGES, plan.planId(), Optional.empty(), List.of(), List.of(), List.of(),
                    List.of(), "nothing to do");
        }
        SecretValues.Resolution secrets = SecretValues.resolve(plan, environment.environment());
        if (!secrets.problems().isEmpty()) return Reports.error(plan, secrets.problems());
        List<String> newSecrets = secrets.secrets().changedSince(plan.basis().secretDigests());
        if (!newSecrets.isEmpty()) {
            return Reports.refused(plan, Optional.empty(), newSecrets, "berth plan " + plan.basis().stack() + " again and review the new plan");
        }
        Journal journal = Journal.create(environment.stateDir(), plan, environment.sleeper().now(), environment.origin());
        return session(Mode.APPLY, plan, journal, secrets.secrets(), Optional.empty());
    }

    /** Continues a journal forward: done steps stay done, steps the hosts show done are skipped, the rest run. */
    public ApplyReport resume(Path journalFile) { return continued(Mode.RESUME, journalFile); }

    /** Undoes what a journal did, as far as commit points allow. */
    public ApplyReport rollback(Path journalFile) { return continued(Mode.ROLLBACK, journalFile); }

    private ApplyReport continued(Mode mode, Path journalFile) {
        JournalHistory history = JournalReader.read(journalFile);
        SecretValues.Resolution secrets = SecretValues.resolve(history.plan(), environment.environment());
        if (!secrets.problems().isEmpty()) return Reports.error(history.plan(), secrets.problems());
        Journal journal = Journal.reopen(journalFile, mode == Mode.RESUME ? "resume" : "rollback", environment.sleeper().now());
        return session(mode, history.plan(), journal, secrets.secrets(), Optional.of(history));
    }

    private ApplyReport session(Mode mode, Plan plan, Journal journal, SecretValues secrets, Optional<JournalHistory> history) {
        SortedSet<String> nodes = nodes(plan);
        boolean halted = false;
        try (HostPool hosts = new HostPool(environment.connector(), environment.targets()); journal) {
            HostLocks locks = new HostLocks(hosts, environment.sleeper(), options.lease());
            ApplyRun run = new ApplyRun(plan, environment, options, hosts, journal, secrets, locks);
            Optional<String> lockRefused = locks.acquire(nodes, options.holder(), plan.planId(), journal.id());
            // a held lock is a running apply or a crashed one; the hosts' in-progress records name its journal either way
            List<UnfinishedApplies.Unfinished> other = mode == Mode.APPLY ? UnfinishedApplies.on(hosts, nodes) : List.of();
            if (lockRefused.isPresent()) {
                journal.ended("refused", environment.sleeper().now());
                List<String> why = new java.util.ArrayList<>(List.of(lockRefused.get()));
                why.addAll(UnfinishedApplies.message(other, environment.stateDir()));
                return Reports.refused(plan, Optional.of(journal.file().toString()), why,
                        "wait for the other apply, or berth unlock " + plan.basis().stack());
            }
            if (!other.isEmpty()) { // locks free (a crash whose lease expired) but the hosts are half applied: finish that first
                journal.ended("refused", environment.sleeper().now());
                return Reports.refused(plan, Optional.of(journal.file().toString()), UnfinishedApplies.message(other, environment.stateDir()),
                        "resume or roll back the unfinished apply first");
            }
            try {
                ObservedCluster observed = BasisCheck.discover(environment, nodes, options.parallelism());
                if (mode == Mode.APPLY) {
                    List<String> changed = BasisCheck.differences(plan, observed);
                    if (!changed.isEmpty()) {
                        journal.ended("stale", environment.sleeper().now());
                        return Reports.refused(plan, Optional.of(journal.file().toString()), stale(changed),
                                "berth plan " + plan.basis().stack() + " again and review the new plan");
                    }
                    HostRecords.begin(run, nodes);
                } else {
                    List<String> changed = JournalCheck.problems(run, history.orElseThrow(), observed, mode == Mode.RESUME);
                    if (!changed.isEmpty()) { // the journal stays as it was: once the hosts are sorted out, the same command works
                        journal.ended("refused", environment.sleeper().now());
                        List<String> why = new java.util.ArrayList<>(List.of("the hosts changed since the journal's records"));
                        changed.forEach(line -> why.add("  " + line));
                        return Reports.refused(plan, Optional.of(journal.file().toString()), why,
                                "put the named objects back (or finish what was started by hand), then run the same command again");
                    }
                    List<String> unfinished = Resumption.seed(run, history.orElseThrow(), observed, mode == Mode.RESUME);
                    if (mode == Mode.ROLLBACK) {
                        ApplyReport report = SessionEnd.rollback(run, unfinished, nodes);
                        halted = options.stop().atOnce(); // a second Ctrl-C keeps the locks, as a crash would
                        return report;
                    }
                }
                Walk.Ending ending = new Walk(run, execution(run, nodes)).walk();
                halted = ending == Walk.Ending.HALTED || ending == Walk.Ending.ABANDONED;
                return SessionEnd.ended(run, ending, nodes);
            } finally {
                if (!halted) locks.release();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the apply was interrupted; the journal " + journal.file() + " says where it stopped");
        }
    }

    private StepExecution execution(ApplyRun run, SortedSet<String> nodes) {
        LiveStatus live = new LiveStatus(run.hosts);
        return new StepExecution(run, new LiveSafety(live, nodes),
                new WaitPoller(live, environment.sleeper(), options.waitDeadline(), options.pollInterval()));
    }

    private static List<String> stale(List<String> changed) {
        List<String> lines = new java.util.ArrayList<>(List.of("the plan is stale: the hosts changed since it was made"));
        changed.forEach(line -> lines.add("  " + line));
        return lines;
    }

    /** Every host the plan involves: those in its basis (peers of touched resources too) and those with steps. */
    public static SortedSet<String> nodes(Plan plan) {
        SortedSet<String> nodes = new TreeSet<>(plan.basis().hostProjections().keySet());
        plan.steps().stream().map(Step::host).forEach(nodes::add);
        return nodes;
    }
}
