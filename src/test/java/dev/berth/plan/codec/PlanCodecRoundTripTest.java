package dev.berth.plan.codec;

import dev.berth.plan.Plan;
import dev.berth.testing.BigPlans;
import dev.berth.testing.SamplePlans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** load(save(p)) gives p back for every sample, through the schema and the id check. */
class PlanCodecRoundTripTest {
    @TestFactory
    Stream<DynamicTest> everySampleSurvivesSaveAndLoad() {
        return SamplePlans.all().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            Plan plan = sample.getValue();
            String saved = PlanCodec.save(plan);
            LoadResult loaded = PlanCodec.load(saved);
            assertTrue(loaded.isLoaded(), () -> loaded.diagnostics().toString());
            assertEquals(plan, loaded.plan().orElseThrow());
            assertEquals(saved, PlanCodec.save(loaded.plan().orElseThrow()), "saving is deterministic");
        }));
    }

    @Test
    void theIdIsTheDigestOfTheBodyAndIgnoresWhatTheIdFieldHeld() {
        Plan plan = SamplePlans.grow();
        assertTrue(plan.planId().matches("[0-9a-f]{64}"));
        Plan withOtherId = new Plan(plan.formatVersion(), "anything", plan.basis(), plan.resourceChanges(), plan.steps(),
                plan.allocations(), plan.refusals(), plan.unmanaged(), plan.deferred());
        assertEquals(plan.planId(), PlanId.of(withOtherId));
        assertEquals(plan, PlanId.assign(withOtherId));
    }

    @Test
    void theIdEncodedInParallelChunksIsTheDigestOfTheSavedTree() {
        Plan plan = BigPlans.greenfield(300); // 4,200 steps: more than one window of chunks
        assertTrue(plan.steps().size() > 4096);
        assertEquals(PlanId.ofBody(PlanEncoder.encode(plan)), PlanId.of(plan));
        assertEquals(PlanId.ofBody(PlanEncoder.encode(SamplePlans.noChanges())), PlanId.of(SamplePlans.noChanges()));
    }

    @Test
    void aLoadedPlanHoldsEachResourceFileOnce() {
        Plan loaded = PlanCodec.load(PlanCodec.save(SamplePlans.greenfield())).plan().orElseThrow();
        java.util.List<String> files = loaded.steps().stream().flatMap(step -> step.commands().stream())
                .map(command -> command.stdin()).filter(stdin -> stdin.length() >= PlanId.LONG).toList();
        assertTrue(files.size() > 1, files::toString);
        java.util.Map<String, String> first = new java.util.HashMap<>();
        for (String file : files) assertTrue(first.computeIfAbsent(file, f -> f) == file, "one String for each file text");
    }

    @Test
    void aLargePlanRoundTrips() {
        Plan plan = BigPlans.greenfield(200);
        assertEquals(plan, PlanCodec.load(PlanCodec.save(plan)).plan().orElseThrow());
    }
}
