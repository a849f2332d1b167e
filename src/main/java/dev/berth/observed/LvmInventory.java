package dev.berth.observed;

import java.util.List;
import java.util.Optional;

/** What {@code pvs}, {@code vgs} and {@code lvs} reported; each may be unknown on its own. */
public record LvmInventory(Reading<List<PhysicalVolume>> physicalVolumes, Reading<List<VolumeGroup>> volumeGroups,
                           Reading<List<LogicalVolume>> logicalVolumes) {
    public LvmInventory {
        Copies.noNulls("LvmInventory", physicalVolumes, volumeGroups, logicalVolumes);
    }

    public Optional<VolumeGroup> volumeGroup(String name) {
        return volumeGroups.value().flatMap(groups -> groups.stream().filter(g -> g.name().equals(name)).findFirst());
    }

    public Optional<LogicalVolume> logicalVolume(String volumeGroup, String name) {
        return logicalVolumes.value().flatMap(volumes -> volumes.stream()
                .filter(v -> v.volumeGroup().equals(volumeGroup) && v.name().equals(name)).findFirst());
    }
}
