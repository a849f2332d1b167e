package dev.berth.apply;

import dev.berth.apply.events.ApplyEvent;
import dev.berth.journal.CommandOutcome;
import dev.berth.journal.InProgressRecord;
import dev.berth.journal.Journal;
import dev.berth.journal.Phase;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import dev.berth.transport.HostException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one session (apply, resume or rollback) shares between the walk, the rollback and the
 * engine: the plan, the hosts, the journal, the ledger. {@link #record} is the one place a phase
 * change happens, so journal, ledger and events can never disagree.
 */
final class ApplyRun {
    final Plan plan;
    final ApplyEnvironment environment;
    final ApplyOptions options;
    final HostPool hosts;
    final Journal journal;
    final CommandRunner commands;
    final HostLocks locks;
    final StepLedger ledger = new StepLedger();
    final Map<String, Step> steps;

    ApplyRun(Plan plan, ApplyEnvironment environment, ApplyOptions options, HostPool hosts, Journal journal, SecretValues secrets,
             HostLocks locks) {
        this.plan = plan;
        this.environment = environment;
        this.options = options;
        this.hosts = hosts;
        this.journal = journal;
        this.commands = new CommandRunner(hosts, secrets);
        this.locks = locks;
        this.steps = plan.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
    }

    void started(Step step) {
        journal.started(step.id(), step.host(), step.undo().stream().map(c -> c.command().argv()).toList(), environment.sleeper().now());
        ledger.set(step.id(), Phase.STARTED, "");
        emit(ApplyEvent.Kind.STARTED, step, "", Optional.empty());
    }

    void record(Step step, Phase phase, List<CommandOutcome> outcomes, String message) {
        journal.phase(step.id(), step.host(), phase, outcomes, message, environment.sleeper().now());
        ledger.set(step.id(), phase, message);
        emit(kindOf(phase), step, message, Optional.empty());
        if (phase == Phase.FINISHED) markProgress(step);
    }

    void emit(ApplyEvent.Kind kind, Step step, String message, Optional<Double> percent) {
        emit(kind, step, message, new WaitPoller.Progress(percent, Optional.empty()));
    }

    void emit(ApplyEvent.Kind kind, Step step, String message, WaitPoller.Progress progress) {
        environment.listener().on(new ApplyEvent(kind, step.id(), step.host(), step.summary(), message, progress.percent(),
                progress.remaining(), environment.sleeper().now()));
    }

    /** The host's in-progress record names the last step done there; best effort, the journal is the record that counts. */
    private void markProgress(Step step) {
        try {
            hosts.write(step.host(), InProgressRecord.PATH,
                    new InProgressRecord(plan.planId(), journal.id(), step.id(), environment.sleeper().now()).toJson());
        } catch (HostException ignored) {
            // the host answered the step a moment ago; if it is gone now, the next step there says so
        }
    }

    private static ApplyEvent.Kind kindOf(Phase phase) {
        switch (phase) {
            case FINISHED: return ApplyEvent.Kind.FINISHED;
            case FAILED: return ApplyEvent.Kind.FAILED;
            case SKIPPED_ALREADY_DONE: return ApplyEvent.Kind.SKIPPED;
            case UNDONE: return ApplyEvent.Kind.UNDONE;
            default: return ApplyEvent.Kind.LEFT;
        }
    }
}
