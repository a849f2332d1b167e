package dev.berth.render;

import dev.berth.model.Address;
import dev.berth.plan.Action;
import dev.berth.plan.Plan;
import dev.berth.testing.PlanBuilder;
import dev.berth.testing.SampleAttributes;
import dev.berth.testing.SampleChangePlans;
import dev.berth.testing.SamplePlans;
import dev.berth.testing.SampleResources;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What holds for every view of every sample, beyond the golden files: no secret, no colour unless asked, no flicker. */
class PlanRenderersTest {
    static final Map<String, Function<Plan, String>> VIEWS = Map.of(
            "text", PlanTextRenderer::render,
            "verbose", plan -> PlanTextRenderer.render(plan, PlanTextRenderer.Options.VERBOSE),
            "colour", plan -> PlanTextRenderer.render(plan, new PlanTextRenderer.Options(true, true)),
            "json", PlanJsonRenderer::render,
            "markdown", PlanMarkdownRenderer::render,
            "dot", PlanDotRenderer::render);

    @Test
    void noViewEverShowsTheSecretValueOnlyItsPlaceholder() {
        String value = SampleResources.SECRET.reveal();
        SamplePlans.all().forEach((name, plan) -> VIEWS.forEach((view, render) ->
                assertFalse(render.apply(plan).contains(value), name + " as " + view)));
        assertTrue(PlanTextRenderer.render(SamplePlans.greenfield(), PlanTextRenderer.Options.VERBOSE)
                .contains("shared-secret \"<redacted:env:MYSQL_DRBD_SECRET>\";"));
    }

    @Test
    void everyViewIsTheSameForAnEqualPlan() {
        SamplePlans.all().forEach((name, plan) -> VIEWS.forEach((view, render) ->
                assertEquals(render.apply(plan), render.apply(SamplePlans.all().get(name)), name + " as " + view)));
    }

    @Test
    void colourIsOnlyThereWhenAskedFor() {
        Plan plan = SampleChangePlans.moveReplica();
        VIEWS.forEach((view, render) -> assertEquals(view.equals("colour"), render.apply(plan).contains("\u001b["), view));
        String coloured = PlanTextRenderer.render(plan, new PlanTextRenderer.Options(false, true));
        assertEquals(PlanTextRenderer.render(plan), coloured.replaceAll("\u001b\\[[0-9;]*m", ""), "colour adds escapes and nothing else");
    }

    @Test
    void theLegendListsTheSymbolsThePlanUsesAndOnlyThose() {
        PlanBuilder builder = new PlanBuilder();
        Map<String, String> before = PlanBuilder.attributes("size", "20GiB");
        Map<String, String> after = PlanBuilder.attributes("size", "30GiB");
        builder.change(Address.volume("a", 0, "worker-1"), List.of(Action.DELETE, Action.CREATE), before, after, "the backend changed");
        builder.change(Address.volume("b", 0, "worker-1"), List.of(Action.CREATE, Action.DELETE), before, after, "the pool changed");
        builder.change(Address.volume("c", 0, "worker-1"), List.of(Action.NO_OP), before, before, "");
        String text = PlanTextRenderer.render(builder.build(SampleAttributes.basis("00", Map.of())));
        assertTrue(text.contains("Symbols:\n-/+ destroy and then create replacement\n+/- create replacement and then destroy\n\n"), text);
        assertTrue(text.contains("-/+ volume.a/0@worker-1 {\n      ~ size = \"20GiB\" -> \"30GiB\"\n    }\n"), text);
        assertFalse(text.contains("volume.c/0"), "no-op entries are left out of the human view");
    }

    @Test
    void theSummaryLineComesLast() {
        SamplePlans.all().forEach((name, plan) -> {
            String text = PlanTextRenderer.render(plan);
            assertTrue(text.endsWith(plan.summary() + "\n"), name);
        });
    }

    @Test
    void theGraphHasOneNodePerStepAndOneEdgePerDependency() {
        SamplePlans.all().forEach((name, plan) -> {
            String dot = PlanDotRenderer.render(plan);
            assertEquals(plan.steps().size(), dot.lines().filter(l -> l.contains("[label=")).count(), name);
            assertEquals(plan.steps().stream().mapToLong(s -> s.dependsOn().size()).sum(), dot.lines().filter(l -> l.contains("\" -> \"") && !l.contains("[label=")).count(), name);
            assertEquals(plan.blockedSteps(), dot.lines().filter(l -> l.contains("dashed\"")).count(), name);
        });
    }
}
