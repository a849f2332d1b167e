package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Resource;
import dev.berth.desired.StoragePool;
import dev.berth.model.Address;
import dev.berth.plan.placement.Allocations;
import dev.berth.plan.placement.ExistingReplicas;
import dev.berth.plan.placement.Placement;
import dev.berth.plan.placement.Placements;
import dev.berth.plan.placement.Problem;
import dev.berth.plan.placement.ResourcePlacement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Desired and observed in, plan out. Pure: no I/O, no clock. The order of work: what is live and
 * whose (placement's view), where replicas go and their numbers, pools, each resource's steps,
 * blocked steps on unreachable hosts, then the basis and the plan's id.
 */
public final class Planner {
    private Planner() {}

    public static Plan plan(PlanRequest request) {
        DesiredCluster cluster = request.desired();
        PlanContext context = new PlanContext(cluster, request.observed(), request.options(), request.secretDigests());
        ExistingReplicas existing = ExistingReplicas.read(cluster, request.observed());
        Placements placements = Placement.place(cluster, request.observed(), existing);
        Allocations allocations = dev.berth.plan.placement.Allocation.allocate(cluster, request.observed(), placements,
                request.retiredNodeIds());
        Set<String> involvedNodes = new TreeSet<>();
        Set<String> touchedResources = new TreeSet<>();
        Set<String> adopted = new TreeSet<>();
        List<Allocation> planAllocations = new ArrayList<>();
        planPools(context, placements);
        // each resource's steps depend only on the inputs and the pools: planned on every core, taken over in order
        List<ResourcePlan> planned = cluster.resources().values().stream()
                .filter(resource -> request.options().targets(Address.resource(resource.name())))
                .toList().parallelStream()
                .map(resource -> planResource(context.fork(), resource, placements, allocations))
                .toList();
        context.absorbAll(planned.stream().map(ResourcePlan::context).toList());
        for (ResourcePlan resource : planned) {
            resource.allocation().ifPresent(planAllocations::add);
            if (!resource.touched()) continue;
            if (resource.adopting()) adopted.add(resource.name());
            touchedResources.add(resource.name());
            involvedNodes.addAll(resource.nodes());
        }
        Set<String> pruned = new PruneSteps(context).plan();
        touchedResources.addAll(pruned);
        involvedNodes.addAll(context.graph.hosts());
        List<Step> steps = context.graph.ordered();
        List<ResourceChange> changes = new ArrayList<>(context.changes);
        changes.addAll(ChangeSummary.of(steps));
        changes.sort(java.util.Comparator.comparing(ResourceChange::address));
        Basis basis = new Basis(cluster.name(), request.specDigest(), request.target(),
                Projections.of(request.observed(), involvedNodes, touchedResources), SharedSecrets.basis(context, touchedResources));
        Plan withoutId = new Plan(Plan.FORMAT_VERSION, "", basis, changes, steps, planAllocations, context.refusals,
                Unmanagedness.of(cluster, request.observed(), pruned, adopted), context.deferrals);
        return dev.berth.plan.codec.PlanId.assign(withoutId);
    }

    /** What planning one resource left behind, for the plan to take over. */
    private record ResourcePlan(String name, PlanContext context, java.util.Optional<Allocation> allocation, boolean touched,
                                boolean adopting, Set<String> nodes) {
        static ResourcePlan untouched(String name, PlanContext context, java.util.Optional<Allocation> allocation) {
            return new ResourcePlan(name, context, allocation, false, false, Set.of());
        }
    }

    private static ResourcePlan planResource(PlanContext context, Resource resource, Placements placements, Allocations allocations) {
        DesiredCluster cluster = context.cluster;
        ResourcePlacement placement = placements.of(resource.name());
        if (ForeignRefusals.refuse(context, placement)) return ResourcePlan.untouched(resource.name(), context, java.util.Optional.empty());
        List<Problem> problems = new ArrayList<>(placement.problems());
        problems.addAll(allocations.of(resource.name()).problems());
        if (!problems.isEmpty()) {
            problems.forEach(p -> context.refuse(p.kind().name().startsWith("NO_FREE") || p.kind().name().contains("ID")
                    ? Refusal.Rule.ALLOCATION : Refusal.Rule.PLACEMENT, Address.resource(resource.name()), p.message(),
                    "change the stack or the cluster so that the resource fits"));
            return ResourcePlan.untouched(resource.name(), context, java.util.Optional.empty());
        }
        ReplicaSet replicas = ReplicaSets.of(cluster, placement);
        Allocation allocation = ReplicaSets.allocation(allocations.of(resource.name()), placement);
        ResourcePlan untouched = ResourcePlan.untouched(resource.name(), context, java.util.Optional.of(allocation));
        List<String> maintenance = inMaintenance(cluster, replicas);
        if (!maintenance.isEmpty()) {
            deferIfChanging(context, resource, replicas, allocation, maintenance);
            return untouched;
        }
        if (!requirePools(context, resource, replicas)) return untouched;
        if (PeerSlots.refuse(context, resource, replicas, allocation)) return untouched;
        List<String> ids = new ResourceSteps(context, resource, replicas, allocation).plan();
        if (ids.isEmpty()) return untouched;
        boolean adopting = AdoptionSteps.adopting(context, resource, replicas);
        Capabilities.check(context, nodesOf(replicas), resource.effectiveDrbd(cluster.group(resource.group()).orElseThrow()));
        Capabilities.checkFeatures(context, replicas, ids);
        context.changes.add(ResourceChanges.of(resource, replicas, allocation, adopting));
        Set<String> nodes = nodesOf(replicas);
        blockUnreachable(context, resource, nodes, ids);
        return new ResourcePlan(resource.name(), context, java.util.Optional.of(allocation), true, adopting, nodes);
    }

    private static void planPools(PlanContext context, Placements placements) {
        PoolSteps pools = new PoolSteps(context);
        Set<String> needed = neededByTargets(context, placements);
        for (StoragePool pool : context.cluster.storagePools().values()) {
            for (Node node : context.cluster.nodes().values()) {
                if (!pool.isOn(node.name()) || node.state() != NodeState.ACTIVE) continue;
                Address address = Address.pool(pool.name(), node.name());
                if (!context.options.targets(address) && !needed.contains(address.toString())) continue;
                pools.plan(pool, node);
            }
        }
    }

    /** The pools that the diskful replicas of targeted resources live in: a {@code --target} takes what it depends on along, as Terraform's does. */
    private static Set<String> neededByTargets(PlanContext context, Placements placements) {
        Set<String> needed = new java.util.HashSet<>();
        if (context.options.targets().isEmpty()) return needed; // everything is planned anyway
        for (Resource resource : context.cluster.resources().values()) {
            if (!context.options.targets(Address.resource(resource.name()))) continue;
            String pool = context.cluster.group(resource.group()).orElseThrow().pool();
            placements.of(resource.name()).diskful().forEach(replica -> needed.add(Address.pool(pool, replica.node()).toString()));
        }
        return needed;
    }

    /** A replica needs its pool on its node: built by this plan, or already there. */
    private static boolean requirePools(PlanContext context, Resource resource, ReplicaSet replicas) {
        StoragePool pool = context.cluster.pool(context.cluster.group(resource.group()).orElseThrow().pool()).orElseThrow();
        boolean ok = true;
        for (ReplicaSet.Replica replica : replicas.added()) {
            if (replica.diskless()) continue;
            HostView view = context.view(replica.node());
            if (!view.reachable() || PoolSteps.exists(pool, view) || context.poolSteps.containsKey(PlanContext.poolKey(pool.name(), replica.node()))) continue;
            context.refuse(Refusal.Rule.POOL_MISSING, Address.pool(pool.name(), replica.node()), "pool " + pool.name() + " ("
                    + pool.backend().spelling() + " " + pool.container() + ") does not exist on " + replica.node() + " and the stack lists no devices to build it",
                    "create it by hand, or list its devices under storagePools." + pool.name() + ".devices");
            ok = false;
        }
        return ok;
    }

    /** Maintenance: no step on that node, so its resources stay as they are. */
    private static List<String> inMaintenance(DesiredCluster cluster, ReplicaSet replicas) {
        return nodesOf(replicas).stream().filter(n -> cluster.nodes().containsKey(n)
                && cluster.nodes().get(n).state() == NodeState.MAINTENANCE).sorted().toList();
    }

    /**
     * A resource with a replica on a node in maintenance is left alone; when it has changes
     * waiting (planned on a scratch copy of its context, then thrown away), the plan says so.
     */
    private static void deferIfChanging(PlanContext context, Resource resource, ReplicaSet replicas, Allocation allocation,
                                        List<String> nodes) {
        PlanContext scratch = context.fork();
        boolean waiting = !requirePools(scratch, resource, replicas) || PeerSlots.refuse(scratch, resource, replicas, allocation)
                || !new ResourceSteps(scratch, resource, replicas, allocation).plan().isEmpty();
        if (!waiting) return;
        context.deferrals.add(new Deferral(Address.resource(resource.name()), "its changes wait while " + String.join(", ", nodes)
                + (nodes.size() == 1 ? " is" : " are") + " in maintenance (state: maintenance in the stack)"));
    }

    /** Steps of a resource with an unreachable host are planned but blocked: its state there is unknown. */
    private static void blockUnreachable(PlanContext context, Resource resource, Set<String> nodes, List<String> ids) {
        List<String> down = nodes.stream().filter(n -> !context.view(n).reachable())
                .filter(n -> !context.cluster.nodes().containsKey(n) || context.cluster.nodes().get(n).state() != NodeState.LOST).toList();
        if (down.isEmpty()) return;
        for (String id : ids) context.graph.block(id, "host " + String.join(", ", down) + " is unreachable");
        for (String node : down) {
            context.refuse(Refusal.Rule.HOST_UNREACHABLE, Address.node(node), resource.name() + " has a replica on " + node
                    + ", which is unreachable: its steps are blocked", "bring the host back, or mark the node lost in the stack");
        }
    }

    static Set<String> nodesOf(ReplicaSet replicas) {
        Set<String> nodes = new LinkedHashSet<>();
        replicas.current().forEach(r -> nodes.add(r.node()));
        replicas.target().forEach(r -> nodes.add(r.node()));
        replicas.removals().forEach(r -> nodes.add(r.node()));
        return nodes;
    }
}
