package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.observed.ObservedCluster;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides on which nodes each resource's replicas live. Resources are placed one after another in
 * name order over one free-space ledger, so the same input always gives the same placement and
 * one plan spreads its load. A resource that lists its nodes gets exactly those
 * ({@link ExplicitPlacement}); the others follow their group's rules ({@link GroupPlacement}).
 */
public final class Placement {
    private Placement() {}

    public static Placements place(DesiredCluster desired, ObservedCluster observed, ExistingReplicas existing) {
        FreeSpace space = new FreeSpace(observed);
        Eligibility eligibility = new Eligibility(desired, space);
        ExplicitPlacement explicit = new ExplicitPlacement(desired, space, eligibility);
        GroupPlacement grouped = new GroupPlacement(desired, space, eligibility);
        TreeMap<String, ResourcePlacement> placements = new TreeMap<>();
        for (Resource resource : desired.resources().values()) {
            ExistingResource live = existing.of(resource.name());
            Optional<ResourceGroup> group = desired.group(resource.group());
            Optional<StoragePool> pool = group.flatMap(g -> desired.pool(g.pool()));
            if (group.isEmpty() || pool.isEmpty()) {
                placements.put(resource.name(), unplaceable(resource, live));
                continue;
            }
            placements.put(resource.name(), resource.explicitNodes().isPresent()
                    ? explicit.place(resource, group.get(), pool.get(), live)
                    : grouped.place(resource, group.get(), pool.get(), live));
        }
        return new Placements(placements);
    }

    /** Validation stops a stack with an undefined group or pool; should one get here, nothing live moves. */
    private static ResourcePlacement unplaceable(Resource resource, ExistingResource live) {
        List<PlacedReplica> keep = live.replicas().values().stream()
                .map(r -> new PlacedReplica(r.node(), r.diskless(), PlacedReplica.Origin.EXISTING)).toList();
        Problem problem = Problem.of(Problem.Kind.UNKNOWN_GROUP, resource.name(),
                "resource group " + resource.group() + " or its pool is not defined");
        return new ResourcePlacement(resource.name(), keep, List.of(), List.of(), List.of(problem), live);
    }
}
