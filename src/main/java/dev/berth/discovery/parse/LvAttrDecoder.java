package dev.berth.discovery.parse;

import dev.berth.observed.AttributeCode;
import dev.berth.observed.LvAttributes;
import dev.berth.observed.LvHealth;
import dev.berth.observed.LvOpenState;
import dev.berth.observed.LvPermission;
import dev.berth.observed.LvState;
import dev.berth.observed.LvTargetType;
import dev.berth.observed.LvVolumeType;
import java.util.Optional;

/**
 * Decodes {@code lv_attr} (lvs(8), "The lv_attr bits are"): ten positional characters. LVM
 * 2.03 prints ten; more are accepted and kept in the raw text, fewer are refused, because a
 * shifted position would turn a health letter into a zeroing flag.
 */
public final class LvAttrDecoder {
    private LvAttrDecoder() {}

    /** The decoded attributes, or empty when {@code raw} is shorter than ten characters. */
    public static Optional<LvAttributes> decode(String raw) {
        if (raw.length() < 10) return Optional.empty();
        return Optional.of(new LvAttributes(raw,
                of(LvVolumeType.class, raw.charAt(0)),
                of(LvPermission.class, raw.charAt(1)),
                of(LvState.class, raw.charAt(4)),
                of(LvOpenState.class, raw.charAt(5)),
                of(LvTargetType.class, raw.charAt(6)),
                raw.charAt(7) == 'z',
                of(LvHealth.class, raw.charAt(8)),
                raw.charAt(9) == 'k'));
    }

    private static <E extends Enum<E> & AttributeCode> E of(Class<E> type, char code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code() == code) return constant;
        }
        return Enum.valueOf(type, "UNRECOGNISED");
    }
}
