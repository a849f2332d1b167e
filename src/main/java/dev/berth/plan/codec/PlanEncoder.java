package dev.berth.plan.codec;

import dev.berth.ops.HostCommand;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Action;
import dev.berth.plan.Allocation;
import dev.berth.plan.Basis;
import dev.berth.plan.Deferral;
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
        // only when a change waits: plans saved before the key existed keep their ids
        if (!plan.deferred().isEmpty()) {
            ArrayNode deferred = root.putArray("deferred");
            for (Deferral deferral : plan.deferred()) {
                deferred.addObject().put("address", deferral.address().toString()).put("reason", deferral.reason());
            }
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

    /** A step as a tree: for the walks that need one (the secrets check); the id and the long arrays stream {@link #writeStep}. */
    private static ObjectNode step(Step step) {
        try (tools.jackson.databind.util.TokenBuffer buffer = tools.jackson.databind.util.TokenBuffer.forGeneration()) {
            writeStep(buffer, step, false);
            try (tools.jackson.core.JsonParser parser = buffer.asParser()) {
                return (ObjectNode) OperationJson.MAPPER.readTree(parser);
            }
        }
    }

    /**
     * Writes a step straight to {@code out}, keys in reading order or sorted (canonical): 150,000
     * steps are the bulk of a large plan's id, and building a tree for each cost more than writing it.
     */
    static void writeStep(JsonGenerator out, Step step, boolean sorted) {
        out.writeStartObject();
        for (StepField field : sorted ? StepField.SORTED : StepField.READING) {
            out.writeName(field.key);
            field.write(out, step, sorted);
        }
        out.writeEndObject();
    }

    /** A step's keys, declared in reading order. */
    private enum StepField {
        ID("id"), ADDRESS("address"), HOST("host"), SUMMARY("summary"), OPERATION("operation"), COMMANDS("commands"), UNDO("undo"),
        PREDICTED("predicted"), RISK("risk"), WAITS("waits"), DEPENDS_ON("depends_on"), REASON("reason"), BLOCKED("blocked");

        static final StepField[] READING = values();
        static final StepField[] SORTED = java.util.Arrays.stream(values()).sorted(java.util.Comparator.comparing(f -> f.key))
                .toArray(StepField[]::new);

        final String key;

        StepField(String key) { this.key = key; }

        void write(JsonGenerator out, Step step, boolean sorted) {
            switch (this) {
                case ID -> out.writeString(step.id());
                case ADDRESS -> out.writeString(step.address().toString());
                case HOST -> out.writeString(step.host());
                case SUMMARY -> out.writeString(step.summary());
                case OPERATION -> {
                    if (sorted) CanonicalOperations.write(out, step.operation());
                    else PlanId.write(out, OperationJson.encode(step.operation()), false);
                }
                case COMMANDS -> commands(out, step.commands());
                case UNDO -> commands(out, step.undo());
                case PREDICTED -> strings(out, step.predicted());
                case RISK -> out.writeString(step.risk().spelling());
                case WAITS -> {
                    out.writeStartArray();
                    for (WaitCondition wait : step.waits()) {
                        out.writeStartObject();
                        out.writeName("kind");
                        out.writeString(OperationJson.spelling(wait.kind()));
                        if (!sorted) {
                            out.writeName("resource");
                            out.writeString(wait.resource());
                        }
                        out.writeName("nodes");
                        strings(out, wait.nodes());
                        if (sorted) {
                            out.writeName("resource");
                            out.writeString(wait.resource());
                        }
                        out.writeEndObject();
                    }
                    out.writeEndArray();
                }
                case DEPENDS_ON -> strings(out, step.dependsOn());
                case REASON -> out.writeString(step.reason());
                case BLOCKED -> {
                    if (step.blockedBecause().isPresent()) out.writeString(step.blockedBecause().get());
                    else out.writeNull();
                }
            }
        }
    }

    private static void commands(JsonGenerator out, List<HostCommand> commands) {
        out.writeStartArray();
        for (HostCommand command : commands) {
            out.writeStartObject(); // argv, stdin: reading order is sorted order
            out.writeName("argv");
            strings(out, command.command().argv());
            out.writeName("stdin");
            out.writeString(command.stdin());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, List<String> values) {
        out.writeStartArray();
        for (String value : values) out.writeString(value);
        out.writeEndArray();
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
