package dev.berth.render;

import dev.berth.plan.Plan;
import dev.berth.testing.Golden;
import dev.berth.testing.SamplePlans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every sample plan in every format, as reviewers will see it: {@code golden/plan/<sample>.*}.
 * A renderer change shows up here as a diff of what people read.
 */
class PlanGoldenTest {
    @TestFactory
    Stream<DynamicTest> text() { return each("txt", "", PlanTextRenderer::render); }

    @TestFactory
    Stream<DynamicTest> verboseText() { return each("txt", ".verbose", plan -> PlanTextRenderer.render(plan, PlanTextRenderer.Options.VERBOSE)); }

    @TestFactory
    Stream<DynamicTest> json() { return each("json", "", PlanJsonRenderer::render); }

    @TestFactory
    Stream<DynamicTest> markdown() { return each("md", "", PlanMarkdownRenderer::render); }

    @TestFactory
    Stream<DynamicTest> dot() { return each("dot", "", PlanDotRenderer::render); }

    private static Stream<DynamicTest> each(String extension, String variant, Function<Plan, String> render) {
        return SamplePlans.all().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey() + variant,
                () -> Golden.verify("plan/" + sample.getKey() + variant, extension, render.apply(sample.getValue()))));
    }
}
