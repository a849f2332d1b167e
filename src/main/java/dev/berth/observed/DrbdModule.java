package dev.berth.observed;

/** The DRBD kernel module as {@code drbdadm --version} and {@code /proc/drbd} show it. */
public enum DrbdModule {
    /** A DRBD 9 module: what Berth manages. */
    DRBD_9,
    /** An 8.4 module: drbd-utils 9 falls back to its 8.4 tools, which have no JSON status. */
    DRBD_8_4,
    /** No module loaded ({@code DRBD_KERNEL_VERSION=0}): nothing runs, and {@code drbdadm up} fails. */
    NOT_LOADED,
    /** drbd-utils is missing or its output unreadable, so the module could not be asked about. */
    UNKNOWN
}
