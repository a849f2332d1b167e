package dev.berth.observed;

import dev.berth.model.Size;
import java.util.Optional;

/**
 * One LVM physical volume ({@code pvs}). An orphan PV, initialised but in no volume group, has
 * no {@code volumeGroup}; its {@code size} then equals the device's, while a PV in a group
 * loses its metadata area to it.
 */
public record PhysicalVolume(String device, Optional<String> volumeGroup, Size size, Size free, String uuid,
                             Size deviceSize) {
    public PhysicalVolume {
        Copies.noNulls("PhysicalVolume", device, volumeGroup, size, free, uuid, deviceSize);
    }

    public boolean isOrphan() { return volumeGroup.isEmpty(); }
}
