package dev.berth.plan.codec;

import dev.berth.diag.Diagnostic;
import dev.berth.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way a file can fail to be a plan Berth will show or apply, each with a diagnostic that says where and why. */
class PlanCodecRejectionTest {
    private static final String SAVED = PlanCodec.save(SamplePlans.greenfield());

    @Test
    void malformedJsonIsNotAPlan() {
        assertEquals("not a plan: malformed JSON", only(PlanCodec.load(SAVED.substring(0, 200))).message().split(" \\(")[0]);
        assertTrue(only(PlanCodec.load("[1, 2]")).message().contains("not a JSON object"));
        String cut = only(PlanCodec.load("{\n  \"format_version\": 1,\n  \"plan_id\": ")).message();
        assertTrue(cut.startsWith("not a plan: malformed JSON (line 3, column "), cut);
    }

    @Test
    void aRepeatedKeyIsMalformedRatherThanSilentlyOverwritten() {
        String twice = SAVED.replaceFirst("\"format_version\" : 1,", "\"format_version\" : 1, \"format_version\" : 1,");
        assertTrue(only(PlanCodec.load(twice)).message().startsWith("not a plan: malformed JSON"));
    }

    @Test
    void anUnknownFormatVersionIsRefusedBeforeAnythingElse() {
        Diagnostic d = only(load(root -> root.put("format_version", 2)));
        assertEquals("/format_version", d.pointer());
        assertEquals("plan format_version 2 is not one this Berth reads (it reads 1)", d.message());
        assertEquals("/format_version", only(load(root -> root.remove("format_version"))).pointer());
    }

    @Test
    void schemaViolationsPointAtTheOffendingValue() {
        assertEquals("/steps/0/risk", only(load(root -> step(root, 0).put("risk", "harmless"))).pointer());
        assertEquals("/steps/0", only(load(root -> step(root, 0).put("retries", 3))).pointer());
        assertEquals("/steps/0/operation/kind", only(load(root -> ((ObjectNode) step(root, 0).get("operation")).put("kind", "format-disk"))).pointer());
        Diagnostic extraField = only(load(root -> ((ObjectNode) step(root, 0).get("operation")).put("force", true)));
        assertEquals("/steps/0/operation", extraField.pointer());
        assertTrue(extraField.message().startsWith("the plan does not match its schema: "), extraField.message());
    }

    @Test
    void anEditedPlanIsRefusedByItsId() {
        Diagnostic d = only(load(root -> ((ArrayNode) step(root, 2).get("commands").get(0).get("argv")).set(2, "1T")));
        assertEquals("/plan_id", d.pointer());
        assertTrue(d.message().contains("changed after it was made"));
        // derived counts are covered too: a summary that lies is an edit like any other
        assertEquals("/plan_id", only(load(root -> ((ObjectNode) root.get("summary")).put("destroy", 0).put("add", 0))).pointer());
    }

    @Test
    void onlyOneJsonObjectIsAPlan() {
        LoadResult twice = PlanCodec.load(SAVED + SAVED);
        assertFalse(twice.isLoaded());
        assertEquals("not a plan: more JSON after the plan's object", twice.diagnostics().get(0).message());
        assertEquals("not a plan: the document is not a JSON object", PlanCodec.load("[]").diagnostics().get(0).message());
        assertTrue(PlanCodec.load(SAVED.substring(0, SAVED.length() / 2)).diagnostics().get(0).message().startsWith("not a plan: malformed JSON (line "));
    }

    @Test
    void anIdThatIsNotADigestIsASchemaViolation() {
        assertEquals("/plan_id", only(load(root -> root.put("plan_id", "latest"))).pointer());
    }

    /** Loads the saved greenfield plan after {@code edit}, without fixing its id. */
    static List<Diagnostic> load(Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) OperationJson.MAPPER.readTree(SAVED);
        edit.accept(root);
        LoadResult result = PlanCodec.load(OperationJson.MAPPER.writeValueAsString(root));
        assertFalse(result.isLoaded(), "the edited plan loaded");
        return result.diagnostics();
    }

    static ObjectNode step(JsonNode root, int index) { return (ObjectNode) root.get("steps").get(index); }

    static Diagnostic only(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        return diagnostics.get(0);
    }

    static Diagnostic only(LoadResult result) {
        assertFalse(result.isLoaded());
        return only(result.diagnostics());
    }
}
