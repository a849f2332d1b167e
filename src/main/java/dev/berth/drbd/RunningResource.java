package dev.berth.drbd;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A resource as the kernel runs it on one host: what {@code drbdsetup show} reports and what
 * {@code drbdadm adjust} compares the resource file with. Option values are in the kernel's
 * form ({@link DrbdOption#normalize}); an option left out has its default. The simulator builds
 * it from its kernel state; a real host's {@code drbdsetup show} gives the same facts.
 */
public record RunningResource(String name, int nodeId, Map<String, String> options, List<Volume> volumes,
                              List<Peer> connections) {
    public RunningResource {
        Objects.requireNonNull(name);
        options = Map.copyOf(options);
        volumes = List.copyOf(volumes);
        connections = List.copyOf(connections);
    }

    /** A device: an empty backing disk is a diskless device; {@code intentionalDiskless} is show's {@code disk none}. */
    public record Volume(int number, int minor, Optional<String> backingDisk, boolean intentionalDiskless,
                         Map<String, String> diskOptions) {
        public Volume {
            Objects.requireNonNull(backingDisk);
            diskOptions = Map.copyOf(diskOptions);
        }
    }

    /** One path, both ends in drbdsetup's argument form ({@code ipv4:10.0.0.1:7000}). */
    public record Path(String local, String remote) {
        public Path {
            Objects.requireNonNull(local);
            Objects.requireNonNull(remote);
        }
    }

    /** A connection: peer node-id, paths, whether it is StandAlone, net options (with {@code _name}) and peer-device options by volume. */
    public record Peer(int nodeId, List<Path> paths, boolean standAlone, Map<String, String> netOptions,
                       Map<Integer, Map<String, String>> peerDeviceOptions) {
        public Peer {
            paths = List.copyOf(paths);
            netOptions = Map.copyOf(netOptions);
            var copy = new TreeMap<Integer, Map<String, String>>();
            peerDeviceOptions.forEach((volume, options) -> copy.put(volume, Map.copyOf(options)));
            peerDeviceOptions = java.util.Collections.unmodifiableSortedMap(copy);
        }
    }

    public Optional<Volume> volume(int number) {
        return volumes.stream().filter(v -> v.number() == number).findFirst();
    }

    public Optional<Peer> peer(int nodeId) {
        return connections.stream().filter(c -> c.nodeId() == nodeId).findFirst();
    }
}
