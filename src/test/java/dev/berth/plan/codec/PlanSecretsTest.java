package dev.berth.plan.codec;

import dev.berth.diag.Diagnostic;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.ops.FileOperations;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import dev.berth.testing.SamplePlans;
import dev.berth.testing.SampleResources;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secrets contract at the saved plan: a resource file's shared secret travels as its
 * {@code <redacted:SOURCE>} placeholder, unchanged through save and load, and a plan that holds
 * the value itself is neither saved nor loaded — however it got there.
 */
class PlanSecretsTest {
    private static final String VALUE = SampleResources.SECRET.reveal();
    private static final String PLACEHOLDER = "<redacted:" + SampleResources.SECRET_SOURCE + ">";

    @Test
    void thePlaceholderSurvivesSaveAndLoadUnchanged() {
        Plan plan = SamplePlans.greenfield();
        String saved = PlanCodec.save(plan);
        assertTrue(saved.contains("shared-secret \\\"" + PLACEHOLDER + "\\\";"), "the resource file on stdin keeps its placeholder");
        assertFalse(saved.contains(VALUE));
        Plan loaded = PlanCodec.load(saved).plan().orElseThrow();
        assertEquals(plan, loaded);
        Step write = loaded.steps().stream().filter(s -> s.operation() instanceof FileOperations.WriteResourceFile).findFirst().orElseThrow();
        assertTrue(write.commands().get(0).stdin().contains("shared-secret \"" + PLACEHOLDER + "\";"));
    }

    @Test
    void aPlanHoldingTheValueIsNotSavedAndTheErrorDoesNotRepeatIt() {
        ResourceConfig config = SampleResources.mysql("worker-1", "worker-2", "worker-3");
        Plan leaky = withFirstFile(SamplePlans.greenfield(), ResourceFileWriter.write(config, SampleResources.SECRET));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PlanCodec.save(leaky));
        assertTrue(refused.getMessage().contains("/steps/3/operation/content"), refused.getMessage());
        assertFalse(refused.getMessage().contains(VALUE));
    }

    @Test
    void aSavedPlanWithTheValueEditedInIsNotLoadedEvenWithAMatchingId() {
        ObjectNode root = (ObjectNode) OperationJson.MAPPER.readTree(PlanCodec.save(SamplePlans.greenfield()));
        ObjectNode stdin = (ObjectNode) root.get("steps").get(3).get("commands").get(0);
        stdin.put("stdin", stdin.get("stdin").asString().replace(PLACEHOLDER, VALUE));
        root.put("plan_id", PlanId.ofBody(root));
        LoadResult result = PlanCodec.load(OperationJson.MAPPER.writeValueAsString(root));
        assertFalse(result.isLoaded());
        assertEquals(List.of("/steps/3/commands/0/stdin"), result.diagnostics().stream().map(Diagnostic::pointer).toList());
        assertFalse(result.diagnostics().toString().contains(VALUE));
    }

    @Test
    void everyFormOfTheOptionIsCheckedAndOnlyPlaceholdersPass() {
        assertFalse(SecretGuard.holdsSecret("net {\n    # shared-secret source: env:X\n    shared-secret \"<redacted:env:X>\";\n}"));
        assertFalse(SecretGuard.holdsSecret("drbdsetup new-peer r0 1 '--shared-secret=<redacted:env:X>' --protocol=C"));
        assertFalse(SecretGuard.holdsSecret("{\"net\":{\"shared-secret\":\"<redacted>\"}}"));
        // a host projection: the redacted file as a JSON string, its quotes escaped
        assertFalse(SecretGuard.holdsSecret("{\"content\":\"net {\\n    shared-secret \\\"<redacted>\\\";\\n}\"}"));
        assertTrue(SecretGuard.holdsSecret("{\"content\":\"net {\\n    shared-secret \\\"hunter2\\\";\\n}\"}"));
        assertTrue(SecretGuard.holdsSecret("{\"net\":\"{\\\"shared-secret\\\": \\\"hunter2\\\"}\"}"));
        assertTrue(SecretGuard.holdsSecret("    shared-secret \"not so secret\";"));
        assertTrue(SecretGuard.holdsSecret("    shared-secret plainword;"));
        assertTrue(SecretGuard.holdsSecret("drbdsetup new-peer r0 1 --shared-secret=hunter2 --protocol=C"));
        assertTrue(SecretGuard.holdsSecret("{\"net\":{\"shared-secret\": \"hunter2\"}}"));
        assertTrue(SecretGuard.holdsSecret("shared-secret \"\";"), "an empty value is no placeholder either");
    }

    /** The plan with its first write-resource-file step writing {@code content} instead. */
    private static Plan withFirstFile(Plan plan, String content) {
        List<Step> steps = new ArrayList<>(plan.steps());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.operation() instanceof FileOperations.WriteResourceFile file) {
                var leaky = new FileOperations.WriteResourceFile(file.node(), file.resource(), content, file.existed());
                steps.set(i, new Step(step.id(), step.address(), step.host(), step.summary(), leaky, leaky.commands(), leaky.undo(),
                        step.predicted(), step.risk(), step.waits(), step.dependsOn(), step.reason(), step.blockedBecause()));
                break;
            }
        }
        return PlanId.assign(new Plan(plan.formatVersion(), "", plan.basis(), plan.resourceChanges(), steps, plan.allocations(),
                plan.refusals(), plan.unmanaged(), plan.deferred()));
    }
}
