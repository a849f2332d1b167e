package dev.berth.observed;

/** lv_attr character 1, the volume type (lvs(8)). Thin pools are {@code t}, thin volumes {@code V}. */
public enum LvVolumeType implements AttributeCode {
    /** A plain (linear or striped) volume. */
    PLAIN('-'),
    CACHE('C'),
    MIRRORED('m'),
    MIRRORED_WITHOUT_INITIAL_SYNC('M'),
    ORIGIN('o'),
    ORIGIN_WITH_MERGING_SNAPSHOT('O'),
    RAID('r'),
    RAID_WITHOUT_INITIAL_SYNC('R'),
    SNAPSHOT('s'),
    MERGING_SNAPSHOT('S'),
    PVMOVE('p'),
    VIRTUAL('v'),
    IMAGE('i'),
    IMAGE_OUT_OF_SYNC('I'),
    MIRROR_LOG('l'),
    UNDER_CONVERSION('c'),
    THIN_VOLUME('V'),
    THIN_POOL('t'),
    THIN_POOL_DATA('T'),
    VDO_POOL('d'),
    VDO_POOL_DATA('D'),
    /** RAID or pool metadata, or the pool metadata spare. */
    METADATA('e'),
    /** A character this LVM release's man page does not list; the raw lv_attr keeps it. */
    UNRECOGNISED('\0');

    private final char code;

    LvVolumeType(char code) { this.code = code; }

    @Override
    public char code() { return code; }
}
