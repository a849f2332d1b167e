package dev.berth.observed;

/** lv_attr character 6: is the device open (mounted, held by DRBD)? */
public enum LvOpenState implements AttributeCode {
    CLOSED('-'),
    OPEN('o'),
    /** LVM could not tell, e.g. without device-mapper. */
    UNKNOWN('X'),
    /** A character this LVM release's man page does not list; the raw lv_attr keeps it. */
    UNRECOGNISED('\0');

    private final char code;

    LvOpenState(char code) { this.code = code; }

    @Override
    public char code() { return code; }
}
