package dev.berth.journal;

import dev.berth.plan.Plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journal read back: the plan it ran, where it came from, the last phase of every step that
 * reached the journal, the order in which steps were finished (rollback undoes in reverse), and
 * the outcome of the last session, if it ended at all (a crash leaves none).
 */
public record JournalHistory(Path file, String journalId, Plan plan, Map<String, String> origin, Map<String, Phase> lastPhases,
                             List<String> finishedOrder, Optional<String> outcome) {
    public JournalHistory {
        origin = Map.copyOf(origin);
        lastPhases = Map.copyOf(lastPhases);
        finishedOrder = List.copyOf(finishedOrder);
    }

    public Phase phase(String step) { return lastPhases.getOrDefault(step, Phase.NOT_STARTED); }
}
