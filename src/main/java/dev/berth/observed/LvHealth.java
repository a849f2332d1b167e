package dev.berth.observed;

/** lv_attr character 9, the volume health. The same letter means different things per volume kind, as in lvs(8). */
public enum LvHealth implements AttributeCode {
    HEALTHY('-'),
    /** A physical volume under this volume is missing. */
    PARTIAL('p'),
    UNKNOWN('X'),
    /** RAID: a device had a write error. */
    REFRESH_NEEDED('r'),
    /** RAID: portions of the array are not coherent. */
    MISMATCHES_EXIST('m'),
    /** RAID 1: a device is marked write-mostly. */
    WRITEMOSTLY('w'),
    /** RAID: a reshape is running. */
    RESHAPING('s'),
    /** RAID: freed images await removal. */
    REMOVE_AFTER_RESHAPE('R'),
    /** Thin pool or thin volume: no further I/O is permitted. */
    FAILED('F'),
    /** Thin pool: the data space is full. */
    OUT_OF_DATA_SPACE('D'),
    /** Thin pool: metadata changes are refused. */
    METADATA_READ_ONLY('M'),
    /** Writecache: dm-writecache reports an error. */
    ERROR('E'),
    /** A character this LVM release's man page does not list; the raw lv_attr keeps it. */
    UNRECOGNISED('\0');

    private final char code;

    LvHealth(char code) { this.code = code; }

    @Override
    public char code() { return code; }
}
