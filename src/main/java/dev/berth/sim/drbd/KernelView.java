package dev.berth.sim.drbd;

import dev.berth.drbd.RunningResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated kernel's resource as the facts {@code drbdsetup show} carries, which is what the
 * drbd model's adjust diff reads: the same input a real host's kernel gives it.
 */
final class KernelView {
    private KernelView() {}

    static RunningResource of(ResourceState resource) {
        List<RunningResource.Volume> volumes = resource.volumes.stream()
                .map(v -> new RunningResource.Volume(v.volume, v.minor, Optional.ofNullable(v.backingDisk), v.intentionalDiskless, v.diskOptions))
                .toList();
        List<RunningResource.Peer> peers = Statistics.ordered(resource).stream().map(c -> {
            Map<Integer, Map<String, String>> peerDevice = new TreeMap<>();
            c.peerVolumes.forEach(p -> peerDevice.put(p.volume, p.options));
            List<RunningResource.Path> paths = c.paths.stream().map(p -> new RunningResource.Path(p.local, p.remote)).toList();
            return new RunningResource.Peer(c.peerNodeId, paths, c.state.equals("StandAlone"), c.netOptions, peerDevice);
        }).toList();
        return new RunningResource(resource.name, resource.nodeId, resource.options, volumes, peers);
    }
}
