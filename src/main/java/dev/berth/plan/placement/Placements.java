package dev.berth.plan.placement;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every resource's placement, by resource name. */
public record Placements(SortedMap<String, ResourcePlacement> resources) {
    public Placements {
        resources = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    public ResourcePlacement of(String resource) {
        ResourcePlacement placement = resources.get(resource);
        if (placement == null) throw new IllegalArgumentException("no placement for resource " + resource);
        return placement;
    }

    public List<Problem> problems() {
        return resources.values().stream().flatMap(p -> p.problems().stream()).toList();
    }
}
