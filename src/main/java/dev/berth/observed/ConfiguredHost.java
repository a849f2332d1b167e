package dev.berth.observed;

import java.util.Comparator;
import java.util.List;

/** One {@code on <host>} section of a configured resource: the host's {@code uname -n}, node-id and volumes. */
public record ConfiguredHost(String hostname, int nodeId, List<ConfiguredVolume> volumes) {
    public ConfiguredHost {
        Copies.noNulls("ConfiguredHost", hostname, volumes);
        volumes = volumes.stream().sorted(Comparator.comparingInt(ConfiguredVolume::number)).toList();
    }

    public boolean isDiskless() { return volumes.stream().allMatch(ConfiguredVolume::isDiskless); }
}
