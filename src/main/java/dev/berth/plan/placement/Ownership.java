package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Resource;
import dev.berth.desired.StoragePool;
import dev.berth.desired.Volume;
import dev.berth.observed.ConfiguredHost;
import dev.berth.observed.ConfiguredVolume;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which definitions of a stack resource Berth may treat as its own (design.md, ownership
 * markers): those in files whose first line is Berth's header, and hand-written ones only under
 * {@code ownership.adopt}, only in /etc/drbd.d and only when they define the same volumes as the stack. A LINSTOR
 * satellite's definition is never Berth's, whatever the stack says.
 */
final class Ownership {
    private Ownership() {}

    /** Why this definition is not Berth's to manage; empty when it is. */
    static Optional<String> refusal(DesiredCluster desired, Resource resource, HostDefinitions.Found found, String hostname) {
        switch (found.owner()) {
            case BERTH:
                return Optional.empty();
            case LINSTOR:
            case UNKNOWN:
                return Optional.of(found.why());
            default:
                break;
        }
        if (!desired.ownership().adopt()) return Optional.of(found.why() + "; set ownership.adopt to take it over");
        if (found.definition().isEmpty()) return Optional.of(found.why() + "; it cannot be read, so it cannot be adopted");
        // Berth keeps a resource in /etc/drbd.d/<name>.res; one defined elsewhere (drbd.conf itself,
        // an include outside the folder) would end up defined twice once Berth writes its file.
        if (!found.where().startsWith(HostDefinitions.BERTH_FOLDER)) {
            return Optional.of(found.why() + "; only resources defined in " + HostDefinitions.BERTH_FOLDER + " can be adopted");
        }
        Set<Integer> wanted = resource.volumes().stream().map(Volume::number).collect(Collectors.toCollection(TreeSet::new));
        for (ConfiguredHost host : found.definition().get().hosts()) {
            Set<Integer> defined = host.volumes().stream().map(ConfiguredVolume::number).collect(Collectors.toCollection(TreeSet::new));
            if (!defined.equals(wanted)) {
                return Optional.of(found.why() + "; not adopted: its section for " + host.hostname() + " has volumes " + defined
                        + ", the stack " + wanted);
            }
        }
        return backingDisks(desired, resource, found, hostname);
    }

    /** Berth's file names the backing volumes {@code <resource>_00000} in the group's pool: other disks would be swapped under DRBD. */
    private static Optional<String> backingDisks(DesiredCluster desired, Resource resource, HostDefinitions.Found found, String hostname) {
        Optional<StoragePool> pool = desired.group(resource.group()).flatMap(g -> desired.pool(g.pool()));
        if (pool.isEmpty()) return Optional.empty();
        for (ConfiguredHost host : found.definition().get().hosts()) {
            if (!host.hostname().equals(hostname)) continue;
            for (ConfiguredVolume volume : host.volumes()) {
                String expected = BackingVolumes.devicePath(pool.get(), resource.name(), volume.number());
                if (volume.backingDisk().filter(disk -> !disk.equals(expected)).isPresent()) {
                    return Optional.of(found.why() + "; not adopted: volume " + volume.number() + " on " + hostname + " is backed by "
                            + volume.backingDisk().get() + ", Berth keeps it on " + expected + " (rename the volume first)");
                }
            }
        }
        return Optional.empty();
    }

    static ForeignDefinition.Owner foreignOwner(HostDefinitions.Owner owner) {
        switch (owner) {
            case LINSTOR: return ForeignDefinition.Owner.LINSTOR;
            case HAND_WRITTEN: return ForeignDefinition.Owner.HAND_WRITTEN;
            default: return ForeignDefinition.Owner.UNKNOWN;
        }
    }
}
