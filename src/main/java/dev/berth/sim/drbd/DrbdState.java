package dev.berth.sim.drbd;

import java.util.Optional;
import java.util.TreeMap;

/**
 * The DRBD part of one host, as the "drbd" extension of its state file: the kernel's resources
 * (gone with {@code drbdsetup down}) and the on-disk metadata of backing devices, keyed by the
 * device's stable identity rather than its path, so metadata on a removed and re-created LV is not
 * mistaken for the old one. Public fields: this is the persisted shape, edited in place.
 */
public final class DrbdState {
    public TreeMap<String, ResourceState> resources = new TreeMap<>();
    public TreeMap<String, MetadataState> metadata = new TreeMap<>();

    public Optional<ResourceState> resource(String name) {
        return Optional.ofNullable(resources.get(name));
    }

    /** The volume that holds {@code minor}, with its resource. */
    public Optional<VolumeState> minor(int minor) {
        return resources.values().stream().flatMap(r -> r.volumes.stream()).filter(v -> v.minor == minor).findFirst();
    }

    public Optional<ResourceState> resourceOfMinor(int minor) {
        return resources.values().stream().filter(r -> r.volumes.stream().anyMatch(v -> v.minor == minor)).findFirst();
    }

    /** The metadata an attached volume writes to. */
    public Optional<MetadataState> metadataOf(VolumeState volume) {
        return volume.backingIdentity == null ? Optional.empty() : Optional.ofNullable(metadata.get(volume.backingIdentity));
    }
}
