package dev.berth.sim;

import dev.berth.model.Size;

import java.util.List;
import java.util.Objects;

/**
 * A block device as the simulated kernel shows it: declared disks, LVM logical volumes, zvols,
 * and (from part 2) DRBD devices. {@code name} is lsblk's NAME ({@code sdb}, {@code vg0-r0_00000},
 * {@code zd0}), {@code path} its PATH, {@code aliases} the other names that open the same device
 * ({@code /dev/vg0/r0_00000}, {@code /dev/zvol/tank/r0_00000}), {@code parents} the devices it
 * sits on (lsblk's PKNAME), {@code identity} what stays the same for this device's life (an LV or
 * pool uuid), so a tool can tell a re-created volume from the old one at the same path.
 */
public record BlockDevice(String name, String path, List<String> aliases, Size size, String type,
                          List<String> parents, boolean readOnly, String identity, String provider) {
    public BlockDevice {
        Objects.requireNonNull(name);
        Objects.requireNonNull(path);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(size);
        Objects.requireNonNull(type);
        parents = List.copyOf(parents);
        Objects.requireNonNull(identity);
        Objects.requireNonNull(provider);
    }

    /** True when {@code devicePath} opens this device. */
    public boolean answersTo(String devicePath) {
        return path.equals(devicePath) || aliases.contains(devicePath);
    }
}
