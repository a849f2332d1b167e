package dev.berth.apply;

import dev.berth.journal.CommandOutcome;
import dev.berth.journal.JournalHistory;
import dev.berth.journal.Phase;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks a journal up again. Steps the journal saw finish are done. A step whose end never reached
 * the journal (the process died mid-step) or that is not done yet is asked of the hosts: its
 * operation's {@code isDone} on freshly observed state decides, so a step never runs twice (a
 * second lvcreate would fail the resume). What is neither done nor untouched is returned: a
 * rollback undoes it as a failed step, best effort.
 */
final class Resumption {
    private Resumption() {}

    static List<String> seed(ApplyRun run, JournalHistory history, ObservedCluster observed, boolean forward) {
        List<String> unfinished = new ArrayList<>();
        for (String id : history.finishedOrder()) run.ledger.set(id, history.phase(id), "");
        for (Step step : run.plan.steps()) {
            Phase phase = history.phase(step.id());
            if (phase.isDone()) continue;
            // a rollback touches only what this apply touched, never a step that did not start
            if (!forward && phase != Phase.STARTED && phase != Phase.FAILED) continue;
            if (observedDone(step, observed)) {
                run.record(step, Phase.SKIPPED_ALREADY_DONE, List.of(), "the host shows it done");
            } else if (phase == Phase.STARTED || phase == Phase.FAILED) {
                unfinished.add(step.id());
                // what ran is unknown: count it as possibly changed, so a rollback still tries its undo
                run.ledger.failedWith(step.id(), new CommandRunner.Ran(List.of(new CommandOutcome(List.of("unknown"), CommandOutcome.LOST,
                        "the journal does not say how far it got")), false));
            }
        }
        return unfinished;
    }

    private static boolean observedDone(Step step, ObservedCluster observed) {
        if (!step.waits().isEmpty() && step.commands().isEmpty()) return false; // a wait is only done when its condition is seen to hold
        Optional<ReachableHost> host = Optional.ofNullable(observed.hosts().get(step.host())).flatMap(ObservedHost::reachable);
        return host.map(h -> step.operation().isDone(h)).orElse(false);
    }
}
