package dev.berth.render;

import dev.berth.review.ChangeRequest;
import dev.berth.review.SpecChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * {@code berth plan --base --head --format json}: the document {@code schemas/change-request.schema.json}
 * describes. {@code plan} is exactly the saved-plan JSON of the head; {@code existing_drift} holds
 * the base plan's summary, refusals and shown changes ({@code null} when the base has no stack there).
 */
public final class ChangeRequestJsonRenderer {
    public static final int FORMAT_VERSION = 1;

    private ChangeRequestJsonRenderer() {}

    public static String render(ChangeRequest request) {
        ObjectNode root = JsonSupport.object();
        root.put("format_version", FORMAT_VERSION);
        root.put("repository", request.repository());
        root.put("path", request.path());
        root.set("base", revision(request.base()));
        root.set("head", revision(request.head()));
        ArrayNode changes = root.putArray("spec_change");
        for (SpecChange change : request.specChanges()) {
            ObjectNode node = changes.addObject().put("address", change.address()).put("action", change.kind().spelling());
            attributes(node, "before", change.before(), change.kind() == SpecChange.Kind.ADDED);
            attributes(node, "after", change.after(), change.kind() == SpecChange.Kind.REMOVED);
        }
        root.set("plan", JsonSupport.MAPPER.readTree(PlanJsonRenderer.render(request.plan())));
        if (request.baseline().isEmpty()) {
            root.putNull("existing_drift");
            return JsonSupport.write(root);
        }
        JsonNode baseline = JsonSupport.MAPPER.readTree(PlanJsonRenderer.render(request.baseline().get()));
        ObjectNode drift = root.putObject("existing_drift");
        drift.put("plan_id", baseline.get("plan_id").asString());
        drift.set("summary", baseline.get("summary"));
        drift.set("refusals", baseline.get("refusals"));
        ArrayNode shown = drift.putArray("resource_changes");
        baseline.get("resource_changes").forEach(change -> {
            JsonNode actions = change.get("change").get("actions");
            if (!(actions.size() == 1 && actions.get(0).asString().equals("no-op"))) shown.add(change);
        });
        return JsonSupport.write(root);
    }

    private static ObjectNode revision(ChangeRequest.Revision revision) {
        ObjectNode node = JsonSupport.object().put("revision", revision.name()).put("commit", revision.commit());
        if (revision.specDigest().isPresent()) node.put("spec_digest", revision.specDigest().get());
        else node.putNull("spec_digest");
        return node;
    }

    private static void attributes(ObjectNode parent, String name, Map<String, String> attributes, boolean absent) {
        if (absent) {
            parent.putNull(name);
            return;
        }
        ObjectNode node = parent.putObject(name);
        attributes.forEach(node::put);
    }
}
