package dev.berth.plan;

import dev.berth.desired.NodeState;
import dev.berth.drbd.ResourceFileParser;
import dev.berth.model.Address;
import dev.berth.observed.DrbdRole;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * With {@code ownership.prune}, deletes the resources Berth wrote that the stack no longer names.
 * placement's ExistingReplicas only reads stack resources, so an orphan's replicas are the hosts
 * that hold Berth's file for it. Every replica goes down before any file goes (a replica still up
 * would keep reconnecting to peers whose file is gone), and the backing volumes go last.
 */
final class PruneSteps {
    private final PlanContext context;

    PruneSteps(PlanContext context) { this.context = context; }

    /** Plans the deletions; returns the orphans touched (for the plan's basis). */
    Set<String> plan() {
        Set<String> touched = new TreeSet<>();
        if (!context.cluster.ownership().prune()) return touched;
        orphans().forEach((resource, files) -> {
            if (!context.options.targets(Address.resource(resource))) return;
            // a node in maintenance gets no step at all, so the orphan waits until it is active again
            if (files.keySet().stream().anyMatch(this::inMaintenance)) return;
            delete(resource, files);
            touched.add(resource);
        });
        return touched;
    }

    private boolean inMaintenance(String node) {
        var declared = context.cluster.nodes().get(node);
        return declared != null && declared.state() == NodeState.MAINTENANCE;
    }

    /** Per orphaned resource, per node: Berth's file for it. */
    private Map<String, Map<String, ResourceFile>> orphans() {
        Map<String, Map<String, ResourceFile>> orphans = new TreeMap<>();
        for (ReachableHost host : context.observed.reachable()) {
            for (ResourceFile file : host.inventory().files().resourceFiles().value().orElse(List.of())) {
                String resource = file.fileName().replaceFirst("\\.res$", "");
                if (!file.writtenByBerth() || context.cluster.resources().containsKey(resource)) continue;
                orphans.computeIfAbsent(resource, r -> new TreeMap<>()).put(host.node(), file);
            }
        }
        return orphans;
    }

    private void delete(String resource, Map<String, ResourceFile> files) {
        Address address = Address.resource(resource);
        if (!context.options.allowDestroy()) {
            context.refuse(Refusal.Rule.DESTROY_NOT_ALLOWED, address, "deleting " + resource + " (no longer in the stack, ownership.prune"
                    + " is set) destroys its data on " + String.join(", ", files.keySet()), "rerun with --allow-destroy if that is intended");
        }
        refuseUnreachablePeers(resource, files);
        List<String> downs = new ArrayList<>();
        for (String node : files.keySet()) {
            context.view(node).status(resource).filter(s -> s.role().is(DrbdRole.PRIMARY)).ifPresent(s ->
                    context.refuse(Refusal.Rule.PRIMARY_REPLICA, Address.drbd(resource, node), resource + " is Primary on " + node
                            + " (in use)", "stop its user so that the resource is Secondary everywhere first"));
            downs.add(context.graph.add(new DrbdOperations.TakeDown(node, resource), List.of(), List.of(), List.of(),
                    "the stack no longer names " + resource + ": every replica goes down before any file goes"));
        }
        for (String node : files.keySet()) {
            String file = context.graph.add(new FileOperations.RemoveResourceFile(node, resource), downs, List.of(), List.of(),
                    "the stack no longer names " + resource);
            OrphanVolumes.remove(context, resource, node, file);
        }
        TreeMap<String, String> before = new TreeMap<>();
        before.put("replicas", String.join(", ", files.keySet()));
        context.changes.add(new ResourceChange(address, List.of(Action.DELETE), before, new TreeMap<>(),
                "no longer in the stack, and ownership.prune is set"));
    }

    /**
     * A host the file lists that cannot be asked keeps its replica and its file: refused rather
     * than deleted halfway, since a later plan would not find the resource on the reachable hosts.
     */
    private void refuseUnreachablePeers(String resource, Map<String, ResourceFile> files) {
        Map<String, String> nodeOfHostname = new TreeMap<>();
        context.cluster.nodes().values().forEach(n -> nodeOfHostname.put(n.hostname(), n.name()));
        Set<String> listed = new TreeSet<>();
        files.values().forEach(f -> ResourceFileParser.parse(f.content()).resources().forEach(p ->
                p.resource().hosts().forEach(h -> listed.add(nodeOfHostname.getOrDefault(h.hostname(), h.hostname())))));
        for (String node : listed) {
            if (files.containsKey(node) || context.view(node).reachable()) continue;
            var declared = context.cluster.nodes().get(node);
            if (declared != null && declared.state() == NodeState.LOST) continue; // a lost host runs nothing
            context.refuse(Refusal.Rule.HOST_UNREACHABLE, Address.node(node), resource + " has a replica on " + node
                    + ", which is unreachable: deleting it elsewhere would leave that one behind", "bring the host back, or mark the node lost");
        }
    }
}
