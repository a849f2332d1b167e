package dev.berth.observed;

/** lv_attr character 7, the kernel target type that groups related volumes. */
public enum LvTargetType implements AttributeCode {
    NONE('-'),
    CACHE('C'),
    MIRROR('m'),
    RAID('r'),
    SNAPSHOT('s'),
    THIN('t'),
    UNKNOWN('u'),
    VIRTUAL('v'),
    /** A character this LVM release's man page does not list; the raw lv_attr keeps it. */
    UNRECOGNISED('\0');

    private final char code;

    LvTargetType(char code) { this.code = code; }

    @Override
    public char code() { return code; }
}
