package dev.berth.observed;

/** lv_attr character 2, the permissions. */
public enum LvPermission implements AttributeCode {
    WRITEABLE('w'),
    READ_ONLY('r'),
    /** Read-only activation of a volume that is not read-only. */
    READ_ONLY_ACTIVATION('R'),
    /** A character this LVM release's man page does not list; the raw lv_attr keeps it. */
    UNRECOGNISED('\0');

    private final char code;

    LvPermission(char code) { this.code = code; }

    @Override
    public char code() { return code; }
}
