package dev.berth.ops;

import dev.berth.desired.Backend;

import java.util.Optional;

/** Where a backing volume lives: the pool's backend and container (VG or zpool/dataset) and thin pool. */
public record BackingTarget(Backend backend, String container, Optional<String> thinPool) {
    /** {@code vg/name} or {@code pool/dataset/name}: the name LVM or ZFS commands take. */
    public String qualified(String volumeName) { return container + "/" + volumeName; }

    /** The block device DRBD uses. */
    public String devicePath(String volumeName) {
        return backend.isZfs() ? "/dev/zvol/" + container + "/" + volumeName : "/dev/" + container + "/" + volumeName;
    }
}
