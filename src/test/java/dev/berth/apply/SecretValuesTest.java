package dev.berth.apply;

import dev.berth.ops.FileOperations;
import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.testing.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placeholders become values only in what a host reads, quoted as the resource file quotes them; text coming back is redacted. */
class SecretValuesTest {
    static Plan planNeeding(String source) {
        PlanBuilder builder = new PlanBuilder();
        builder.step(new FileOperations.WriteResourceFile("worker-1", "r0", "net {\n    shared-secret \"<redacted:" + source + ">\";\n}\n", false), "file");
        return builder.build(new Basis("s", "d", "t", new TreeMap<>()));
    }

    @Test
    void fillsQuotedAndRedactsBack() {
        Plan plan = planNeeding("env:R0_SECRET");
        SecretValues.Resolution resolution = SecretValues.resolve(plan, name -> Optional.ofNullable(Map.of("R0_SECRET", "a \"b\" c").get(name)));
        assertTrue(resolution.problems().isEmpty(), resolution.problems()::toString);
        String stdin = plan.steps().get(0).commands().get(0).stdin();
        assertEquals("net {\n    shared-secret \"a \\\"b\\\" c\";\n}\n", resolution.secrets().fill(stdin));
        assertEquals("bad secret <redacted:env:R0_SECRET> here", resolution.secrets().redact("bad secret a \"b\" c here"));
    }

    @Test
    void aMissingSecretStopsBeforeAnythingRunsAndSaysHowToProvideIt() {
        SecretValues.Resolution resolution = SecretValues.resolve(planNeeding("env:R0_SECRET"), name -> Optional.empty());
        assertEquals(java.util.List.of("the shared secret from 'env:R0_SECRET' is not available: set the environment variable R0_SECRET for this apply"),
                resolution.problems());
    }
}
