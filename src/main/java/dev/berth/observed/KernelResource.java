package dev.berth.observed;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One resource as the kernel runs it ({@code drbdsetup show --json}): what {@code drbdadm
 * adjust} compares the configuration with. Option values are the strings drbdsetup prints;
 * booleans, which drbdsetup prints as JSON {@code true}/{@code false}, are {@code yes}/{@code no}
 * here as in a resource file, so the two compare without translation. {@code nodeId} is absent
 * when the kernel has none yet.
 */
public record KernelResource(String name, SortedMap<String, String> options, Optional<Integer> nodeId,
                             List<KernelVolume> volumes, List<KernelConnection> connections) {
    public KernelResource {
        Copies.noNulls("KernelResource", name, options, nodeId, volumes, connections);
        options = Copies.sortedMap(options);
        volumes = volumes.stream().sorted(Comparator.comparingInt(KernelVolume::number)).toList();
        connections = connections.stream().sorted(Comparator.comparingInt(KernelConnection::peerNodeId)).toList();
    }

    public Optional<KernelConnection> connection(int peerNodeId) {
        return connections.stream().filter(c -> c.peerNodeId() == peerNodeId).findFirst();
    }
}
