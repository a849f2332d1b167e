package dev.berth.drift;

import dev.berth.model.Address;
import dev.berth.ops.PoolOperations;
import dev.berth.plan.Action;
import dev.berth.plan.Refusal;
import dev.berth.plan.ResourceChange;
import dev.berth.plan.Step;
import dev.berth.plan.Unmanaged;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences the planner already found, read off the plan: what it would create is missing,
 * what it would update changed, what it would delete (or may not) orphaned. The plan normalised
 * both sides, so reading it keeps drift and plan from ever disagreeing.
 */
final class PlanDrift {
    static final String APPLY = "berth plan, then berth apply";
    private static final Pattern SHRINK = Pattern.compile("from (\\S+) to (\\S+)");
    private static final Pattern NUMBERS = Pattern.compile(", node-id \\d+, port \\d+");
    /** Refusals that are not differences: the host check reports reachability, and foreign or unsupported objects are not Berth's. */
    private static final Set<Refusal.Rule> NOT_DRIFT = EnumSet.of(Refusal.Rule.HOST_UNREACHABLE, Refusal.Rule.FOREIGN_RESOURCE,
            Refusal.Rule.CAPABILITY);

    private final DriftContext context;

    PlanDrift(DriftContext context) { this.context = context; }

    /** Adds the plan's differences; returns what it lists without a marker (information only). */
    List<Unmanaged> collect() {
        for (ResourceChange change : context.plan.resourceChanges()) change(change);
        for (Step step : context.plan.steps()) {
            if (step.operation() instanceof PoolOperations.CreateVolumeGroup || step.operation() instanceof PoolOperations.CreateThinPool
                    || step.operation() instanceof PoolOperations.CreateZpool) {
                if (!context.covers(step.address())) {
                    context.add(DriftKind.MISSING, step.address(), "pool", "the pool exists", "absent: " + step.summary(), APPLY);
                }
            }
        }
        for (Refusal refusal : context.plan.refusals()) refusal(refusal);
        List<Unmanaged> unmanaged = new ArrayList<>();
        for (Unmanaged object : context.plan.unmanaged()) {
            if (!object.kind().equals("orphaned-resource")) {
                unmanaged.add(object);
                continue;
            }
            context.add(DriftKind.ORPHANED, Address.drbd(object.name(), object.node()), "resource", "absent (not in the stack)",
                    "Berth's resource file is still there", object.detail());
        }
        return unmanaged;
    }

    private void change(ResourceChange change) {
        Address address = change.address();
        boolean create = change.actions().contains(Action.CREATE);
        boolean delete = change.actions().contains(Action.DELETE);
        switch (address.kind()) {
            case RESOURCE -> {
                if (create && !delete) {
                    context.add(DriftKind.MISSING, address, "resource", "replicas " + plain(change.after().get("replicas")),
                            "absent on every host", APPLY);
                    return;
                }
                if (delete && !create) {
                    context.add(DriftKind.ORPHANED, address, "resource", "absent (not in the stack)",
                            "replicas " + plain(change.before().getOrDefault("replicas", "?")), APPLY + " (--allow-destroy: its data goes)");
                    return;
                }
                String before = plain(change.before().getOrDefault("replicas", ""));
                String after = plain(change.after().getOrDefault("replicas", ""));
                if (!before.isEmpty() && !before.equals(after) && allReachable(before + ", " + after)) context.add(DriftKind.CHANGED, address, "placement", after, before, APPLY);
            }
            case VOLUME -> volume(change, create, delete);
            case DRBD -> {
                if (create && !delete) {
                    context.add(DriftKind.MISSING, address, "replica", "a replica here", "absent", APPLY);
                } else if (delete && !create) {
                    context.add(DriftKind.ORPHANED, address, "replica", "no replica here", "Berth's replica is still configured",
                            APPLY + " (--allow-destroy when it holds a disk)");
                } else {
                    new OptionDrift(context).compare(address, change);
                }
            }
            default -> {
                if (create) context.add(DriftKind.MISSING, address, address.kind().prefix(), "present", "absent", APPLY);
            }
        }
    }

    private void volume(ResourceChange change, boolean create, boolean delete) {
        Address address = change.address();
        if (create && !delete) {
            context.add(DriftKind.MISSING, address, "volume", change.after().getOrDefault("size", "a backing volume"), "absent", APPLY);
        } else if (delete && !create) {
            context.add(DriftKind.ORPHANED, address, "volume", "absent", change.before().getOrDefault("name", "a backing volume") + ", "
                    + change.before().getOrDefault("size", "?"), APPLY + " (--allow-destroy: it holds data)");
        } else if (change.after().containsKey("size")) {
            context.add(DriftKind.CHANGED, address, "size", change.after().get("size"), change.before().getOrDefault("size", "?"), APPLY);
        } else if (change.after().containsKey("marker")) {
            context.add(DriftKind.CHANGED, address, "marker", change.after().get("marker"), change.before().get("marker"), APPLY);
        } else {
            context.add(DriftKind.CHANGED, address, "volume", "as the stack says", "replaced or different", APPLY);
        }
    }

    private void refusal(Refusal refusal) {
        Address address = refusal.address();
        if (NOT_DRIFT.contains(refusal.rule())) return;
        if (refusal.rule() == Refusal.Rule.SHRINK) {
            Matcher sizes = SHRINK.matcher(refusal.message());
            context.add(DriftKind.CHANGED, address, "size", sizes.find() ? sizes.group(2) + " (the stack's size plus DRBD metadata)" : "the stack's size",
                    sizes.find(0) ? sizes.group(1) + " (larger than the stack says; Berth never shrinks)" : refusal.message(),
                    "set the stack's size to the live one, or mute it with driftIgnore (field size)");
            return;
        }
        if (context.covers(address)) return;
        boolean placing = refusal.rule() == Refusal.Rule.PLACEMENT || refusal.rule() == Refusal.Rule.ALLOCATION;
        // a host that did not answer leaves its replicas unplaceable: the host's own health item says so once
        if (placing && !context.observed.unreachable().isEmpty()) return;
        DriftKind kind = switch (refusal.rule()) {
            case POOL_MISSING -> DriftKind.MISSING;
            case PRUNE_NOT_ALLOWED, DESTROY_NOT_ALLOWED, PREVENT_DESTROY -> DriftKind.ORPHANED;
            default -> DriftKind.CHANGED;
        };
        context.add(kind, address, refusal.rule().spelling(), "a plan that restores the stack", "refused: " + refusal.message(),
                refusal.hint());
    }

    /** Placement is compared only when every replica's host answered: an unknown host's replicas read as absent (the replica texts name each node first: {@code worker-1 (diskful)}). */
    private boolean allReachable(String replicas) {
        return context.observed.hosts().values().stream().filter(h -> !h.isReachable())
                .noneMatch(h -> replicas.startsWith(h.node() + " (") || replicas.contains(", " + h.node() + " ("));
    }

    /** The plan's "after" replicas without the DRBD numbers, comparable with its "before". */
    private static String plain(String replicas) { return replicas == null ? "" : NUMBERS.matcher(replicas).replaceAll(""); }
}
