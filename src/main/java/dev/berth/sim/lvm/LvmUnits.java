package dev.berth.sim.lvm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * LVM's sizes as text, computed the way libdevmapper's {@code dm_size_to_string} does: two
 * decimals, glibc's rounding of the binary double (round-half-even on its exact value), and the
 * {@code <} prefix of the default {@code r} unit when the shown value is rounded up
 * ({@code <15.88 TiB}). Messages use the long form ({@code 52.00 MiB}), reports the one-letter
 * form ({@code 52.00m}) or a fixed unit ({@code --units b} → bytes, {@code --units k} → {@code 53248.00k}).
 */
public final class LvmUnits {
    private static final String[] MESSAGE_UNITS = {" EiB", " PiB", " TiB", " GiB", " MiB", " KiB", " B"};
    private static final String[] LETTERS = {"e", "p", "t", "g", "m", "k", "b"};

    private LvmUnits() {}

    /** {@code display_size}: what lvcreate, lvresize and friends print in their messages. */
    public static String display(long bytes) {
        if (bytes == 0) return "0   ";
        int unit = humanUnit(bytes);
        long factor = 1L << (10 * (6 - unit));
        return roundedPrefix(bytes, factor, unit) + decimals(bytes, factor, unit == 6 ? 0 : 2) + MESSAGE_UNITS[unit];
    }

    /**
     * A report cell for {@code --units UNIT [--nosuffix]}. {@code unit} is LVM's letter: {@code b},
     * {@code k} ... {@code e} for fixed binary units, {@code h}/{@code r} for human-readable.
     */
    public static String report(long bytes, char unit, boolean suffix) {
        if (unit == 'h' || unit == 'r' || unit == 'H' || unit == 'R') {
            if (bytes == 0) return suffix ? "0 " : "0";
            int index = humanUnit(bytes);
            long factor = 1L << (10 * (6 - index));
            String prefix = unit == 'r' || unit == 'R' ? roundedPrefix(bytes, factor, index) : "";
            return prefix + decimals(bytes, factor, index == 6 ? 0 : 2) + (suffix ? LETTERS[index] : "");
        }
        char lower = Character.toLowerCase(unit);
        if (lower == 'b') {
            return bytes + (suffix ? "B" : "");
        }
        if (lower == 's') return (bytes / 512) + (suffix ? "S" : "");
        int index = "eptgmk".indexOf(lower);
        if (index < 0) throw new IllegalArgumentException("unit " + unit);
        if (bytes == 0) return "0" + (suffix ? String.valueOf(unit) : "");
        long factor = 1L << (10 * (6 - index));
        return decimals(bytes, factor, 2) + (suffix ? String.valueOf(unit) : "");
    }

    public static String percent(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Index into the unit tables: the largest binary unit not above the size (0 = EiB ... 6 = bytes). */
    private static int humanUnit(long bytes) {
        int unit = 0;
        long factor = 1L << 60;
        while (unit < 6 && Long.compareUnsigned(bytes, factor) < 0) {
            factor >>= 10;
            unit++;
        }
        return unit;
    }

    private static String roundedPrefix(long bytes, long factor, int unit) {
        if (unit == 6) return "";
        double hundredths = 100.0 * bytes / factor;
        return Math.floor(hundredths) != Math.rint(hundredths) ? "<" : "";
    }

    private static String decimals(long bytes, long factor, int precision) {
        double value = (double) bytes / factor;
        return new BigDecimal(value).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String lower(String text) { return text.toLowerCase(Locale.ROOT); }
}
