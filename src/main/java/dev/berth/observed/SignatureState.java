package dev.berth.observed;

/** What the blkid probe of a device found. */
public enum SignatureState {
    /** blkid found nothing (exit 2, no output): safe to initialise, as far as signatures go. */
    BLANK,
    /** blkid found a filesystem, an LVM PV, a partition table, a RAID member, ... */
    SIGNED,
    /** blkid found more than one signature and could not decide (exit 8): certainly not blank. */
    AMBIVALENT,
    /**
     * blkid found nothing, but lsblk does not list the device either: blkid answers a missing
     * device exactly like a blank one (exit 2, no output, no message), so this is not blank.
     */
    NOT_FOUND
}
