package dev.berth.observed;

/** What a {@link Finding} is about. Only {@code TOOL_WARNING} is routine; the rest deserve a line in a report. */
public enum FindingKind {
    /** {@code uname -n} is not the host name the stack expects for the node: drbdadm matches {@code on} sections by it. */
    HOSTNAME_MISMATCH,
    /** A DRBD 8.4 module is loaded: no {@code --json} status, no DRBD 9 features. */
    DRBD_84_MODULE,
    /** No DRBD kernel module is loaded (or loadable). */
    DRBD_MODULE_MISSING,
    /** {@code drbdadm} or {@code drbdsetup} is not installed. */
    DRBD_UTILS_MISSING,
    /** The LVM tools are not installed. */
    LVM_MISSING,
    /** The ZFS tools are not installed. */
    ZFS_MISSING,
    /** {@code /var/lib/linstor.d} has files: a LINSTOR satellite manages DRBD here, and its resources are not Berth's. */
    LINSTOR_SATELLITE,
    /** A tool exited 0 and wrote something on stderr (LVM does on every run without device-mapper): recorded, not a failure. */
    TOOL_WARNING,
    /** A tool exited non-zero although its output was still usable (LVM's exit 5 for a missing name). */
    TOOL_EXIT_IGNORED,
    /** A command failed and its part of the inventory is unknown. */
    COMMAND_FAILED,
    /** A command's output could not be read; the message names the line. */
    OUTPUT_UNREADABLE,
    /** A DRBD resource that drbdadm knows but Berth cannot model (LINSTOR-style partial mesh, per-volume options, ...). */
    RESOURCE_NOT_MODELLED,
    /** A device the stack names is not in lsblk's list, and blkid found nothing on it. */
    DEVICE_NOT_FOUND
}
