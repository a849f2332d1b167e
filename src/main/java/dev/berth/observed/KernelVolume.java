package dev.berth.observed;

import java.util.Optional;
import java.util.SortedMap;

/**
 * One volume the kernel runs for a resource ({@code drbdsetup show --json}, {@code _this_host}):
 * its minor, the backing disk and meta-disk when attached, {@code intentionalDiskless} for a
 * client ({@code "disk": "none"}), and its disk options.
 */
public record KernelVolume(int number, int minor, Optional<String> backingDisk, Optional<String> metaDisk,
                           boolean intentionalDiskless, SortedMap<String, String> disk) {
    public KernelVolume {
        Copies.noNulls("KernelVolume", backingDisk, metaDisk, disk);
        disk = Copies.sortedMap(disk);
    }
}
