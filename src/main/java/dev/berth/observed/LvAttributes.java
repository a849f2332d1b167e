package dev.berth.observed;

/**
 * The {@code lv_attr} string decoded character by character (lvs(8)): {@code twi-aotz--} is an
 * active, open thin pool that zeroes new blocks. {@code raw} keeps what LVM printed, so a
 * projection can compare exactly the characters that matter (type, target, zeroing, health) and
 * an unrecognised letter is never lost. Characters 3 (allocation policy) and 4 (fixed minor)
 * are only in {@code raw}: Berth decides nothing on them.
 */
public record LvAttributes(String raw, LvVolumeType volumeType, LvPermission permission, LvState state,
                           LvOpenState open, LvTargetType targetType, boolean zeroing, LvHealth health,
                           boolean skipActivation) {

    public LvAttributes {
        Copies.noNulls("LvAttributes", raw, volumeType, permission, state, open, targetType, health);
        if (raw.length() < 10) throw new IllegalArgumentException("lv_attr has 10 characters: '" + raw + "'");
    }

    public boolean isThinPool() { return volumeType == LvVolumeType.THIN_POOL; }

    public boolean isThinVolume() { return volumeType == LvVolumeType.THIN_VOLUME; }

    /**
     * The characters a plan may depend on: type, target, zeroing and health (design.md, host
     * projections). State and open change with activation and use, so they are left out.
     */
    public String projection() {
        return new String(new char[] {raw.charAt(0), raw.charAt(6), raw.charAt(7), raw.charAt(8)});
    }

    @Override
    public String toString() { return raw; }
}
