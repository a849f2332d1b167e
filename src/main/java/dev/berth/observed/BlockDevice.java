package dev.berth.observed;

import dev.berth.model.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One block device from {@code lsblk}, with the devices stacked on it as children (partitions,
 * LVM volumes, DRBD devices). {@code filesystemType} comes from udev and is empty on hosts
 * without a udev database even for formatted devices, so blankness is decided by the blkid
 * probe ({@link DeviceSignatures}), never by this field.
 */
public record BlockDevice(String name, String path, Size size, String type, Optional<String> filesystemType,
                          Optional<String> mountpoint, Optional<String> parent, boolean readOnly,
                          List<BlockDevice> children) {
    public BlockDevice {
        Copies.noNulls("BlockDevice", name, path, size, type, filesystemType, mountpoint, parent, children);
        children = Copies.list(children);
    }

    /** This device and everything stacked on it, depth first. */
    public Stream<BlockDevice> flattened() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(BlockDevice::flattened));
    }

    /** Something uses the device: a mount, or a device stacked on it. */
    public boolean isInUse() { return mountpoint.isPresent() || !children.isEmpty(); }
}
