package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.observed.ReachableHost;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.VolumeOperations;
import dev.berth.plan.placement.BackingVolumes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Taking over a hand-written resource under {@code ownership.adopt} (design.md, ownership
 * markers): placement and allocation already kept its replicas with their node-ids, minors,
 * ports and peer slots; here each of its backing volumes gets Berth's marker. The rewrite of its
 * file in Berth's layout is the ordinary {@code reconfigure} (the old file goes to Berth's backup
 * folder); nothing creates metadata, syncs or deletes.
 */
final class AdoptionSteps {
    static final String REWRITE = "adopted: the hand-written file is rewritten in Berth's layout with the same numbers"
            + " (the old one is kept in " + dev.berth.ops.ResourceFiles.BACKUP_DIRECTORY + ")";

    private AdoptionSteps() {}

    /** True when some host holds the resource in a file that Berth did not write (and placement accepted it). */
    static boolean adopting(PlanContext context, Resource resource, ReplicaSet replicas) {
        return replicas.current().stream().anyMatch(r -> handWritten(context, r.node(), resource.name()));
    }

    /** Marks the unmarked backing volumes of the adopted diskful replicas; returns the steps' ids. */
    static List<String> plan(PlanContext context, Resource resource, ReplicaSet replicas, BackingTarget target) {
        List<String> ids = new ArrayList<>();
        for (ReplicaSet.Replica replica : replicas.current()) {
            if (replica.diskless() || !handWritten(context, replica.node(), resource.name())) continue;
            Optional<ReachableHost> host = context.view(replica.node()).host();
            if (host.isEmpty()) continue;
            for (int v = 0; v < resource.volumes().size(); v++) {
                String name = BackingVolumes.name(resource.name(), v);
                if (!unmarked(host.get(), target, name)) continue;
                ids.add(context.graph.add(new VolumeOperations.MarkBackingVolume(replica.node(), resource.name(), v, name, target),
                        List.of(), List.of(), List.of(), "adopted: the volume is kept with its data and marked as Berth's"));
            }
        }
        return ids;
    }

    static boolean handWritten(PlanContext context, String node, String resource) {
        return context.view(node).file(resource).filter(f -> !f.writtenByBerth()).isPresent();
    }

    /** The volume exists without Berth's marker (a missing one is not adopted here: the file rewrite names it). */
    private static boolean unmarked(ReachableHost host, BackingTarget target, String name) {
        if (!target.backend().isZfs()) {
            return host.inventory().lvm().logicalVolume(target.container(), name).filter(lv -> !lv.isBerths()).isPresent();
        }
        return host.inventory().zfs().datasets().value().orElse(List.of()).stream()
                .anyMatch(d -> d.name().equals(target.qualified(name)) && !d.isBerths());
    }
}
