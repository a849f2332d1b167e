package dev.berth.plan.codec;

import dev.berth.model.Address;
import dev.berth.model.Command;
import dev.berth.ops.HostCommand;
import dev.berth.ops.Risk;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Action;
import dev.berth.plan.Allocation;
import dev.berth.plan.Basis;
import dev.berth.plan.Deferral;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.ResourceChange;
import dev.berth.plan.Step;
import dev.berth.plan.Unmanaged;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * JSON → Plan, the inverse of {@link PlanEncoder}: the document's small parts and, one by one as
 * {@link PlanReader} reads them, the elements of its long arrays. It runs only on JSON the schema
 * accepted, so shapes and types are known; what the schema cannot say (an address that does not
 * parse) fails here with an {@link IllegalArgumentException} that {@link PlanCodec} reports.
 * The {@code summary} counts are not read: they are derived, and {@link PlanCodec} compares them.
 */
final class PlanDecoder {
    private PlanDecoder() {}

    /** The plan from the document without its long arrays, and those arrays' elements, decoded one by one. */
    static Plan decode(JsonNode root, List<ResourceChange> changes, List<Step> steps, List<Allocation> allocations) {
        JsonNode basis = root.get("basis");
        return new Plan(root.get("format_version").intValue(), text(root, "plan_id"),
                new Basis(text(basis, "stack"), text(basis, "spec_digest"), text(basis, "target"), strings(basis.get("host_projections")),
                        basis.has("secret_digests") ? strings(basis.get("secret_digests")) : new java.util.TreeMap<>(),
                        source(basis.get("source"))),
                changes, steps, allocations, list(root.get("refusals"), PlanDecoder::refusal),
                list(root.get("unmanaged"), node -> new Unmanaged(text(node, "node"), text(node, "kind"), text(node, "name"), text(node, "detail"))),
                // absent when nothing waits (and in plans saved before deferrals existed)
                root.has("deferred") ? list(root.get("deferred"), node -> new Deferral(address(node), text(node, "reason")))
                        : java.util.List.of());
    }

    /** Present only in plans of stacks read from git. */
    private static Optional<Basis.Source> source(JsonNode node) {
        if (node == null) return Optional.empty();
        return Optional.of(new Basis.Source(text(node, "repository"), text(node, "commit"), text(node, "path")));
    }

    static ResourceChange change(JsonNode node) {
        JsonNode change = node.get("change");
        return new ResourceChange(address(node), list(change.get("actions"), a -> spelled(Action.values(), Action::spelling, a.asString())),
                strings(change.get("before")), strings(change.get("after")), text(node, "reason"));
    }

    static Step step(JsonNode node) {
        JsonNode blocked = node.get("blocked");
        return new Step(text(node, "id"), address(node), text(node, "host"), text(node, "summary"),
                OperationJson.decode(node.get("operation")), list(node.get("commands"), PlanDecoder::command),
                list(node.get("undo"), PlanDecoder::command), list(node.get("predicted"), JsonNode::asString),
                spelled(Risk.values(), Risk::spelling, text(node, "risk")), list(node.get("waits"), PlanDecoder::waitCondition),
                list(node.get("depends_on"), JsonNode::asString), text(node, "reason"),
                blocked.isNull() ? Optional.empty() : Optional.of(blocked.asString()));
    }

    private static HostCommand command(JsonNode node) {
        return new HostCommand(new Command(list(node.get("argv"), JsonNode::asString)), text(node, "stdin"));
    }

    private static WaitCondition waitCondition(JsonNode node) {
        return new WaitCondition(OperationJson.waitKind(text(node, "kind")), text(node, "resource"), list(node.get("nodes"), JsonNode::asString));
    }

    static Allocation allocation(JsonNode node) {
        return new Allocation(text(node, "resource"), integers(node.get("node_ids")), integers(node.get("ports")),
                list(node.get("minors"), JsonNode::intValue), node.get("peer_slots").intValue());
    }

    private static Refusal refusal(JsonNode node) {
        return new Refusal(spelled(Refusal.Rule.values(), Refusal.Rule::spelling, text(node, "rule")), address(node),
                text(node, "message"), text(node, "hint"));
    }

    private static Address address(JsonNode node) {
        String text = text(node, "address");
        return Address.parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an address"));
    }

    private static String text(JsonNode node, String name) { return node.get(name).asString(); }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        array.forEach(element -> out.add(item.apply(element)));
        return out;
    }

    /** An absent side of a change ({@code null}) is an empty one. */
    private static TreeMap<String, String> strings(JsonNode object) {
        TreeMap<String, String> out = new TreeMap<>();
        if (object != null && object.isObject()) object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    private static TreeMap<String, Integer> integers(JsonNode object) {
        TreeMap<String, Integer> out = new TreeMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().intValue()));
        return out;
    }

    private static <E> E spelled(E[] values, Function<E, String> spelling, String text) {
        return Arrays.stream(values).filter(v -> spelling.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of the known values"));
    }
}
