package dev.berth.plan.placement;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every resource's allocation, by resource name. */
public record Allocations(SortedMap<String, ResourceAllocation> resources) {
    public Allocations {
        resources = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    public ResourceAllocation of(String resource) {
        ResourceAllocation allocation = resources.get(resource);
        if (allocation == null) throw new IllegalArgumentException("no allocation for resource " + resource);
        return allocation;
    }

    public List<Problem> problems() {
        return resources.values().stream().flatMap(a -> a.problems().stream()).toList();
    }
}
