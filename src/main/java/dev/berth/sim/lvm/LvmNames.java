package dev.berth.sim.lvm;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names as LVM accepts and spells them: VG and LV names from {@code [a-zA-Z0-9.-_+]}, tags with a
 * few more characters, LV references as {@code vg/lv} or {@code /dev/vg/lv}, and device-mapper
 * names ({@code vg-lv} with dashes inside the names doubled).
 */
final class LvmNames {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9.+_-]+");
    private static final Pattern TAG = Pattern.compile("[a-zA-Z0-9_+.\\-/=!:&#]+");

    private LvmNames() {}

    static boolean validName(String name) {
        return NAME.matcher(name).matches() && !name.startsWith("-") && !name.equals(".") && !name.equals("..");
    }

    static boolean validTag(String tag) {
        return TAG.matcher(tag).matches() && tag.length() <= 1024;
    }

    /** {@code vg/lv} or {@code /dev/vg/lv} → {vg, lv}; anything else → empty. */
    static Optional<String[]> volumeReference(String text) {
        String reference = text.startsWith("/dev/") ? text.substring("/dev/".length()) : text;
        String[] parts = reference.split("/");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) return Optional.empty();
        return Optional.of(parts);
    }

    static String mapper(String group, String volume) {
        return group.replace("-", "--") + "-" + volume.replace("-", "--");
    }
}
