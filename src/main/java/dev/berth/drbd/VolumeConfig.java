package dev.berth.drbd;

import java.util.Objects;
import java.util.Optional;

/**
 * One volume of a resource on one host: its number, its minor (the same on every host, because
 * LINSTOR-style allocation makes the minor part of the volume definition) and its backing disk,
 * or none for a diskless (client) replica. Metadata is always internal: Berth never writes
 * external meta-disks, and the parser refuses them rather than dropping them silently.
 */
public record VolumeConfig(int number, int minor, Optional<String> backingDisk) {
    /** DRBD_MINOR_NUMBER_MAX in drbd_limits.h: minors are 20 bits. */
    public static final int MAX_MINOR = (1 << 20) - 1;
    /** Volume numbers are 16 bits in the netlink protocol; 65535 means "all volumes". */
    public static final int MAX_VOLUME = 65534;

    public VolumeConfig {
        if (number < 0 || number > MAX_VOLUME) throw new IllegalArgumentException("volume number out of range: " + number);
        if (minor < 0 || minor > MAX_MINOR) throw new IllegalArgumentException("minor out of range: " + minor);
        Objects.requireNonNull(backingDisk, "backingDisk");
        backingDisk.ifPresent(Names::requireDevicePath);
    }

    public static VolumeConfig diskful(int number, int minor, String backingDisk) {
        return new VolumeConfig(number, minor, Optional.of(backingDisk));
    }

    public static VolumeConfig diskless(int number, int minor) {
        return new VolumeConfig(number, minor, Optional.empty());
    }

    public boolean isDiskless() { return backingDisk.isEmpty(); }

    /** The DRBD device node, {@code /dev/drbd<minor>}. */
    public String devicePath() { return "/dev/drbd" + minor; }
}
