package dev.berth.desired;

import java.util.Arrays;
import java.util.Optional;

/** Storage backends, spelled as in the stack. */
public enum Backend {
    LVM("lvm", false), LVM_THIN("lvm-thin", true), ZFS("zfs", false), ZFS_THIN("zfs-thin", true);

    private final String spelling;
    private final boolean thin;

    Backend(String spelling, boolean thin) {
        this.spelling = spelling;
        this.thin = thin;
    }

    public String spelling() { return spelling; }

    /** Thin volumes allocate on write. */
    public boolean isThin() { return thin; }

    public boolean isZfs() { return this == ZFS || this == ZFS_THIN; }

    /**
     * New volumes read as zeros: LVM-thin with zeroing and every ZFS zvol. Only then may the
     * initial sync be skipped (facts §4).
     */
    public boolean newVolumesReadAsZeros() { return this != LVM; }

    public static Optional<Backend> of(String spelling) {
        return Arrays.stream(values()).filter(b -> b.spelling.equals(spelling)).findFirst();
    }
}
