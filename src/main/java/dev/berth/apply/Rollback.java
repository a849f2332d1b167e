package dev.berth.apply;

import dev.berth.journal.CommandOutcome;
import dev.berth.journal.Phase;
import dev.berth.ops.HostCommand;
import dev.berth.plan.Step;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Undoes what a session did, newest first, up to each resource's commit point (design.md): a
 * resource with an irreversible step done keeps all its steps, and so does everything those
 * steps stand on (its pool, for one), to be resumed forward. A step stays too when a step built on
 * it could not be undone, since removing the ground under a kept step would break it.
 */
final class Rollback {
    private final ApplyRun run;
    private final StopRequest.Level stopAt;

    /** The undo after a failed or interrupted apply: only a second Ctrl-C stops it. */
    Rollback(ApplyRun run) { this(run, StopRequest.Level.AT_ONCE); }

    /** {@code stopAt}: the stop request at which no further undo step starts (the running one always finishes). */
    Rollback(ApplyRun run, StopRequest.Level stopAt) {
        this.run = run;
        this.stopAt = stopAt;
    }

    private boolean stopped() { return run.options.stop().level().compareTo(stopAt) >= 0; }

    void undo(List<String> failed, List<String> doneOrder) {
        Set<String> kept = committed(doneOrder);
        Set<String> notUndone = new HashSet<>();
        for (String id : failed) {
            if (stopped()) return; // what is not undone yet stays as the journal says, for another rollback or a resume
            Step step = run.steps.get(id);
            if (kept.contains(id) || committedKey(doneOrder).contains(BasisCheck.commitKey(step))) {
                notUndone.add(id);
                run.record(step, Phase.LEFT, List.of(), "failed past the commit point of " + BasisCheck.commitKey(step) + "; resume forward");
                continue;
            }
            CommandRunner.Ran ran = run.ledger.failedRun(id);
            if (ran == null || !ran.changedSomething()) {
                run.record(step, Phase.UNDONE, List.of(), "nothing had changed");
                continue;
            }
            List<CommandOutcome> outcomes = new ArrayList<>();
            for (HostCommand command : undoAfterPartialRun(step, ran)) outcomes.add(run.commands.runOne(step.host(), command));
            // parts of a failed step never happened, so their undo may fail harmlessly: recorded, not fatal
            run.record(step, Phase.UNDONE, outcomes, "undid what ran before the failure");
        }
        List<String> reversed = new ArrayList<>(doneOrder);
        java.util.Collections.reverse(reversed);
        for (String id : reversed) {
            if (stopped()) return; // what is not undone yet stays done, for resume or rollback
            Step step = run.steps.get(id);
            if (kept.contains(id)) {
                notUndone.add(id);
                run.record(step, Phase.LEFT, List.of(), "past the commit point of " + BasisCheck.commitKey(step) + "; resume forward");
                continue;
            }
            List<String> blockers = run.plan.steps().stream().filter(s -> s.dependsOn().contains(id) && notUndone.contains(s.id()))
                    .map(Step::id).toList();
            if (!blockers.isEmpty()) {
                notUndone.add(id);
                run.record(step, Phase.LEFT, List.of(), "kept because " + String.join(", ", blockers) + " stays");
                continue;
            }
            CommandRunner.Ran ran = run.commands.run(step.host(), step.undo());
            if (ran.succeeded()) {
                run.record(step, Phase.UNDONE, ran.outcomes(), "");
            } else {
                notUndone.add(id);
                run.record(step, Phase.LEFT, ran.outcomes(), "undo failed: " + ran.failure());
            }
        }
    }

    /** Done steps that must stay: those of committed resources and everything they depend on. */
    private Set<String> committed(List<String> doneOrder) {
        Set<String> keys = committedKey(doneOrder);
        Set<String> done = new HashSet<>(doneOrder);
        Set<String> kept = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        doneOrder.stream().filter(id -> keys.contains(BasisCheck.commitKey(run.steps.get(id)))).forEach(queue::add);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!kept.add(id)) continue;
            run.steps.get(id).dependsOn().stream().filter(done::contains).forEach(queue::add);
        }
        return kept;
    }

    private Set<String> committedKey(List<String> doneOrder) {
        Set<String> keys = new HashSet<>();
        for (String id : doneOrder) {
            Step step = run.steps.get(id);
            if (!step.risk().isAutomatic()) keys.add(BasisCheck.commitKey(step));
        }
        return keys;
    }

    /**
     * A failed step's undo, minus the moves that would put back what its forward part never moved
     * away: restoring a backup the failed step did not make would overwrite the live file with an
     * older one.
     */
    static List<HostCommand> undoAfterPartialRun(Step step, CommandRunner.Ran ran) {
        List<HostCommand> undo = new ArrayList<>();
        for (HostCommand command : step.undo()) {
            List<String> argv = command.command().argv();
            if (argv.size() == 4 && argv.get(0).equals("mv") && argv.get(1).equals("-f")) {
                List<String> forward = List.of("mv", "-f", argv.get(3), argv.get(2));
                if (ran.outcomes().stream().noneMatch(o -> o.succeeded() && o.argv().equals(forward))) continue;
            }
            undo.add(command);
        }
        return undo;
    }
}
