package dev.berth.apply;

import dev.berth.journal.Phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each step of this session stands, shared by the walk's threads: its phase, the order in
 * which steps were done (rollback undoes in reverse), why a step failed or was left, and what a
 * failed step managed to run (its undo depends on that).
 */
final class StepLedger {
    private final Map<String, Phase> phases = new HashMap<>();
    private final List<String> doneOrder = new ArrayList<>();
    private final Map<String, String> why = new HashMap<>();
    private final Map<String, CommandRunner.Ran> failedRuns = new HashMap<>();

    synchronized void set(String step, Phase phase, String message) {
        phases.put(step, phase);
        doneOrder.remove(step);
        if (phase.isDone()) doneOrder.add(step);
        if (!message.isEmpty()) why.put(step, message);
    }

    synchronized void failedWith(String step, CommandRunner.Ran ran) { failedRuns.put(step, ran); }

    synchronized CommandRunner.Ran failedRun(String step) { return failedRuns.get(step); }

    synchronized Phase phase(String step) { return phases.getOrDefault(step, Phase.NOT_STARTED); }

    synchronized boolean isDone(String step) { return phase(step).isDone(); }

    synchronized List<String> doneOrder() { return List.copyOf(doneOrder); }

    synchronized List<String> inPhase(Phase phase) {
        return phases.entrySet().stream().filter(e -> e.getValue() == phase).map(Map.Entry::getKey).sorted().toList();
    }

    synchronized String why(String step) { return why.getOrDefault(step, ""); }
}
