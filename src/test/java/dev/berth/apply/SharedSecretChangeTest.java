package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.model.Secret;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shared secret given a new value in its source (same source name) is a change, and a plan made with the old value is stale. */
class SharedSecretChangeTest {
    private static final String SOURCE = "env:BERTH_DRBD_SECRET";

    @TempDir
    Path dir;

    @Test
    void aNewSecretValueRewritesTheFilesAndAnOlderPlanIsRefused() {
        ApplyLab lab = new ApplyLab("tiebreaker-pair", dir);
        lab.environment = Map.of("BERTH_DRBD_SECRET", "first value");
        Plan first = lab.plan();
        assertEquals(Map.of(SOURCE, Secret.of(SOURCE, "first value").digest()), first.basis().secretDigests());
        assertEquals(ApplyReport.Outcome.SUCCEEDED, lab.apply(first).outcome());
        assertFalse(lab.plan().hasChanges(), "the same value: nothing to do");

        lab.environment = Map.of("BERTH_DRBD_SECRET", "second value");
        Plan second = lab.plan();
        assertTrue(second.hasChanges(), "a new value is a change");
        assertTrue(second.steps().stream().map(Step::reason).anyMatch(r -> r.equals("the shared secret from " + SOURCE + " has a new value")),
                () -> second.steps().stream().map(Step::reason).toList().toString());
        assertEquals(Secret.of(SOURCE, "second value").digest(), second.basis().secretDigests().get(SOURCE));

        lab.environment = Map.of("BERTH_DRBD_SECRET", "third value");
        ApplyReport stale = lab.apply(second);
        assertEquals(ApplyReport.Outcome.REFUSED, stale.outcome(), stale::toString);
        assertTrue(stale.toString().contains("shared secret from '" + SOURCE + "' has another value"), stale::toString);

        lab.environment = Map.of("BERTH_DRBD_SECRET", "second value");
        assertEquals(ApplyReport.Outcome.SUCCEEDED, lab.apply(second).outcome());
        assertFalse(lab.plan().hasChanges(), "converged on the new value");
    }
}
