package dev.berth.observed;

/** lv_attr character 5, the activation state. With {@code activation = 0} LVM prints {@code X}. */
public enum LvState implements AttributeCode {
    INACTIVE('-'),
    ACTIVE('a'),
    HISTORICAL('h'),
    SUSPENDED('s'),
    INVALID_SNAPSHOT('I'),
    INVALID_SUSPENDED_SNAPSHOT('S'),
    SNAPSHOT_MERGE_FAILED('m'),
    SUSPENDED_SNAPSHOT_MERGE_FAILED('M'),
    MAPPED_WITHOUT_TABLES('d'),
    MAPPED_WITH_INACTIVE_TABLE('i'),
    THIN_POOL_CHECK_NEEDED('c'),
    SUSPENDED_THIN_POOL_CHECK_NEEDED('C'),
    /** LVM could not tell, e.g. without device-mapper. */
    UNKNOWN('X'),
    /** A character this LVM release's man page does not list; the raw lv_attr keeps it. */
    UNRECOGNISED('\0');

    private final char code;

    LvState(char code) { this.code = code; }

    @Override
    public char code() { return code; }
}
