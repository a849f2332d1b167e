package dev.berth.drbd;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One {@code on "<host>"} section: the host's {@code uname -n} (drbdadm matches sections by it),
 * its node-id within the resource and its volumes, sorted by number.
 */
public record HostConfig(String hostname, int nodeId, List<VolumeConfig> volumes) {
    /** DRBD_NODE_ID_MAX: 32 peers, ids 0..31. */
    public static final int MAX_NODE_ID = 31;

    public HostConfig {
        Names.requireHostname(hostname);
        if (nodeId < 0 || nodeId > MAX_NODE_ID) throw new IllegalArgumentException("node-id out of range 0..31: " + nodeId);
        volumes = volumes.stream().sorted(Comparator.comparingInt(VolumeConfig::number)).toList();
        if (volumes.isEmpty()) throw new IllegalArgumentException("host " + hostname + " has no volume");
        var numbers = new HashSet<Integer>();
        for (VolumeConfig volume : volumes) {
            if (!numbers.add(volume.number())) {
                throw new IllegalArgumentException("host " + hostname + " has volume " + volume.number() + " twice");
            }
        }
    }

    /** A host is diskless when none of its volumes has a backing disk (a DRBD client). */
    public boolean isDiskless() { return volumes.stream().allMatch(VolumeConfig::isDiskless); }

    public Optional<VolumeConfig> volume(int number) {
        return volumes.stream().filter(v -> v.number() == number).findFirst();
    }
}
