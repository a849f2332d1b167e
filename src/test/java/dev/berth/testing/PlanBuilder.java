package dev.berth.testing;

import dev.berth.drbd.ResourceConfig;
import dev.berth.model.Address;
import dev.berth.ops.Operation;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Action;
import dev.berth.plan.Allocation;
import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.ResourceChange;
import dev.berth.plan.Step;
import dev.berth.plan.Unmanaged;
import dev.berth.plan.codec.PlanId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans by hand, the way the planner will make them: each step from a real {@link Operation}
 * (commands, undo and risk are the operation's own), predictions from the real drbdadm expander,
 * ids of the planner's form {@code address:kind} ({@code -2} for a second step of one kind on one address),
 * resource changes sorted by address, and the id assigned by {@link PlanId}.
 */
public final class PlanBuilder {
    private final List<ResourceChange> changes = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Unmanaged> unmanaged = new ArrayList<>();
    private final List<dev.berth.plan.Deferral> deferred = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    public PlanBuilder change(Address address, List<Action> actions, Map<String, String> before, Map<String, String> after, String reason) {
        changes.add(new ResourceChange(address, actions, new TreeMap<>(before), new TreeMap<>(after), reason));
        return this;
    }

    /** A step without predictions (pools, volumes, waits: nothing drbdadm expands). */
    public String step(Operation operation, String reason, String... dependsOn) {
        return add(operation, List.of(), reason, Optional.empty(), dependsOn);
    }

    /** A step whose drbdadm lines are predicted against the resource file it works with. */
    public String step(Operation operation, ResourceConfig config, String reason, String... dependsOn) {
        return add(operation, Predictions.of(operation.commands(), config, operation.node()), reason, Optional.empty(), dependsOn);
    }

    public String blockedStep(Operation operation, String blockedBecause, String reason, String... dependsOn) {
        return add(operation, List.of(), reason, Optional.of(blockedBecause), dependsOn);
    }

    public PlanBuilder allocation(Allocation allocation) {
        allocations.add(allocation);
        return this;
    }

    public PlanBuilder refusal(Refusal refusal) {
        refusals.add(refusal);
        return this;
    }

    public PlanBuilder deferred(dev.berth.plan.Deferral deferral) {
        deferred.add(deferral);
        return this;
    }

    public PlanBuilder unmanaged(Unmanaged item) {
        unmanaged.add(item);
        return this;
    }

    public Plan build(Basis basis) {
        changes.sort(Comparator.comparing(ResourceChange::address));
        return PlanId.assign(new Plan(Plan.FORMAT_VERSION, "", basis, changes, steps, allocations, refusals, unmanaged, deferred));
    }

    private String add(Operation operation, List<String> predicted, String reason, Optional<String> blocked, String... dependsOn) {
        // the planner's own id form (StepGraph): <address>:<kind>, numbered -2, -3 on repeats
        String base = operation.address() + ":" + kind(operation);
        String id = base;
        for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
        List<WaitCondition> waits = operation instanceof dev.berth.ops.DrbdOperations.WaitFor wait ? List.of(wait.condition()) : List.of();
        steps.add(new Step(id, operation.address(), operation.node(), operation.summary(), operation, operation.commands(), operation.undo(),
                predicted, operation.risk(), waits, Arrays.asList(dependsOn), reason, blocked));
        return id;
    }

    /** The operation's name in the saved plan, from {@link Operation}'s subtype list. */
    public static String kind(Operation operation) { return dev.berth.plan.OperationKinds.of(operation); }

    /** {@code attributes("size", "20GiB", "backing", "vg_fast/x")}: a sorted attribute map. */
    public static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) out.put(namesAndValues[i], namesAndValues[i + 1]);
        return out;
    }
}
