package dev.berth.plan.codec;

import dev.berth.ops.HostCommand;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Action;
import dev.berth.plan.Allocation;
import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.ResourceChange;
import dev.berth.plan.Step;
import dev.berth.plan.Summary;
import dev.berth.plan.Unmanaged;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Plan → the JSON tree {@code schemas/plan.schema.json} describes. Written by hand rather than by
 * reflection, so that the saved format changes only when this file and the schema change together.
 * Keys come in reading order (verdict first, the long basis last); the plan id does not depend on it.
 */
final class PlanEncoder {
    private PlanEncoder() {}

    /** The top-level arrays that grow with the plan: streamed element by element, never held as one tree. */
    static final Set<String> LONG_ARRAYS = Set.of("resource_changes", "steps", "allocations");

    static ObjectNode encode(Plan plan) {
        ObjectNode root = skeleton(plan);
        ArrayNode changes = (ArrayNode) root.get("resource_changes");
        plan.resourceChanges().forEach(change -> changes.add(change(change)));
        ArrayNode steps = (ArrayNode) root.get("steps");
        plan.steps().forEach(step -> steps.add(step(step)));
        ArrayNode allocations = (ArrayNode) root.get("allocations");
        plan.allocations().forEach(allocation -> allocations.add(allocation(allocation)));
        return root;
    }

    /** Element {@code index} of one of the {@link #LONG_ARRAYS}. */
    static ObjectNode element(Plan plan, String array, int index) {
        return switch (array) {
            case "resource_changes" -> change(plan.resourceChanges().get(index));
            case "steps" -> step(plan.steps().get(index));
            case "allocations" -> allocation(plan.allocations().get(index));
            default -> throw new IllegalArgumentException(array);
        };
    }

    static int length(Plan plan, String array) {
        return switch (array) {
            case "resource_changes" -> plan.resourceChanges().size();
            case "steps" -> plan.steps().size();
            case "allocations" -> plan.allocations().size();
            default -> throw new IllegalArgumentException(array);
        };
    }

    /** The whole document in reading order, but with the {@link #LONG_ARRAYS} empty. */
    static ObjectNode skeleton(Plan plan) {
        ObjectNode root = OperationJson.MAPPER.createObjectNode();
        root.put("format_version", plan.formatVersion());
        root.put("plan_id", plan.planId());
        Summary summary = plan.summary();
        root.putObject("summary").put("add", summary.add()).put("change", summary.change()).put("destroy", summary.destroy())
                .put("blocked", summary.blocked()).put("refusals", summary.refusals());
        ArrayNode refusals = root.putArray("refusals");
        for (Refusal refusal : plan.refusals()) {
            refusals.addObject().put("rule", refusal.rule().spelling()).put("address", refusal.address().toString())
                    .put("message", refusal.message()).put("hint", refusal.hint());
        }
        root.putArray("resource_changes");
        root.putArray("steps");
        root.putArray("allocations");
        ArrayNode unmanaged = root.putArray("unmanaged");
        for (Unmanaged item : plan.unmanaged()) {
            unmanaged.addObject().put("node", item.node()).put("kind", item.kind()).put("name", item.name()).put("detail", item.detail());
        }
        root.set("basis", basis(plan.basis()));
        return root;
    }

    /**
     * Writes the plan to {@code out} one element at a time, so that a 150,000-step plan is never a
     * tree in memory: top-level keys in reading order (or sorted, for the id), {@code plan_id} only
     * when asked. {@code visit} sees each top-level value and each long array's element with its
     * JSON pointer, in reading order of the elements.
     */
    static void write(Plan plan, JsonGenerator out, boolean sorted, boolean withId, BiConsumer<String, JsonNode> visit) {
        ObjectNode skeleton = skeleton(plan);
        List<String> names = new ArrayList<>(skeleton.propertyNames());
        if (sorted) names.sort(null);
        out.writeStartObject();
        for (String name : names) {
            if (!withId && name.equals("plan_id")) continue;
            out.writeName(name);
            if (!LONG_ARRAYS.contains(name)) {
                visit.accept("/" + name, skeleton.get(name));
                PlanId.write(out, skeleton.get(name), sorted);
                continue;
            }
            out.writeStartArray();
            for (int i = 0, n = length(plan, name); i < n; i++) {
                ObjectNode element = element(plan, name, i);
                visit.accept("/" + name + "/" + i, element);
                PlanId.write(out, element, sorted);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static ObjectNode change(ResourceChange change) {
        ObjectNode node = OperationJson.MAPPER.createObjectNode();
        node.put("address", change.address().toString());
        ObjectNode body = node.putObject("change");
        ArrayNode actions = body.putArray("actions");
        change.actions().forEach(action -> actions.add(action.spelling()));
        // as Terraform: nothing before a create, nothing after a destroy (an empty side only, so loading restores it)
        boolean onlyCreate = change.actions().equals(List.of(Action.CREATE));
        boolean onlyDelete = change.actions().equals(List.of(Action.DELETE));
        attributes(body, "before", change.before(), onlyCreate);
        attributes(body, "after", change.after(), onlyDelete);
        node.put("reason", change.reason());
        return node;
    }

    private static void attributes(ObjectNode parent, String name, Map<String, String> attributes, boolean absent) {
        if (absent && attributes.isEmpty()) {
            parent.putNull(name);
            return;
        }
        ObjectNode node = parent.putObject(name);
        attributes.forEach(node::put);
    }

    private static ObjectNode step(Step step) {
        ObjectNode node = OperationJson.MAPPER.createObjectNode();
        node.put("id", step.id());
        node.put("address", step.address().toString());
        node.put("host", step.host());
        node.put("summary", step.summary());
        node.set("operation", OperationJson.encode(step.operation()));
        commands(node.putArray("commands"), step.commands());
        commands(node.putArray("undo"), step.undo());
        ArrayNode predicted = node.putArray("predicted");
        step.predicted().forEach(predicted::add);
        node.put("risk", step.risk().spelling());
        ArrayNode waits = node.putArray("waits");
        for (WaitCondition wait : step.waits()) {
            ObjectNode condition = waits.addObject();
            condition.put("kind", OperationJson.spelling(wait.kind()));
            condition.put("resource", wait.resource());
            ArrayNode nodes = condition.putArray("nodes");
            wait.nodes().forEach(nodes::add);
        }
        ArrayNode dependsOn = node.putArray("depends_on");
        step.dependsOn().forEach(dependsOn::add);
        node.put("reason", step.reason());
        if (step.blockedBecause().isPresent()) node.put("blocked", step.blockedBecause().get());
        else node.putNull("blocked");
        return node;
    }

    private static void commands(ArrayNode out, List<HostCommand> commands) {
        for (HostCommand command : commands) {
            ObjectNode node = out.addObject();
            ArrayNode argv = node.putArray("argv");
            command.command().argv().forEach(argv::add);
            node.put("stdin", command.stdin());
        }
    }

    private static ObjectNode allocation(Allocation allocation) {
        ObjectNode node = OperationJson.MAPPER.createObjectNode();
        node.put("resource", allocation.resource());
        ObjectNode nodeIds = node.putObject("node_ids");
        allocation.nodeIds().forEach(nodeIds::put);
        ObjectNode ports = node.putObject("ports");
        allocation.ports().forEach(ports::put);
        ArrayNode minors = node.putArray("minors");
        allocation.minors().forEach(minors::add);
        node.put("peer_slots", allocation.peerSlots());
        return node;
    }

    private static ObjectNode basis(Basis basis) {
        ObjectNode node = OperationJson.MAPPER.createObjectNode();
        node.put("stack", basis.stack());
        node.put("spec_digest", basis.specDigest());
        node.put("target", basis.target());
        basis.source().ifPresent(source -> node.putObject("source").put("repository", source.repository())
                .put("commit", source.commit()).put("path", source.path()));
        ObjectNode projections = node.putObject("host_projections");
        basis.hostProjections().forEach(projections::put);
        // only when a touched resource has a shared secret, so plans without secrets keep their bytes
        if (!basis.secretDigests().isEmpty()) basis.secretDigests().forEach(node.putObject("secret_digests")::put);
        return node;
    }
}
