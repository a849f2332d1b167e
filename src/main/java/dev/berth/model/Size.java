package dev.berth.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes. Spec sizes use binary (IEC) units only: {@code 20GiB}, {@code 512MiB},
 * {@code 1TiB}, or a plain byte count. "GB" or "G" are refused rather than guessed, because
 * LVM reads {@code G} as GiB while disk vendors read GB as 10^9.
 */
public record Size(long bytes) implements Comparable<Size> {
    public static final long KIB = 1024L;
    public static final long MIB = KIB * 1024;
    public static final long GIB = MIB * 1024;
    public static final long TIB = GIB * 1024;
    public static final long PIB = TIB * 1024;

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,19})\\s*(B|KiB|MiB|GiB|TiB|PiB)?");

    public Size {
        if (bytes < 0) throw new IllegalArgumentException("a size cannot be negative: " + bytes);
    }

    public static Size ofBytes(long bytes) { return new Size(bytes); }
    public static Size ofKiB(long kib) { return new Size(Math.multiplyExact(kib, KIB)); }
    public static Size ofMiB(long mib) { return new Size(Math.multiplyExact(mib, MIB)); }
    public static Size ofGiB(long gib) { return new Size(Math.multiplyExact(gib, GIB)); }

    /** Parses {@code 20GiB}, {@code 512 MiB}, {@code 4096}; empty when the text is no size or overflows. */
    public static Optional<Size> parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        try {
            long number = Long.parseLong(m.group(1));
            return Optional.of(new Size(Math.multiplyExact(number, unitBytes(m.group(2)))));
        } catch (ArithmeticException | NumberFormatException overflow) {
            return Optional.empty();
        }
    }

    private static long unitBytes(String unit) {
        if (unit == null) return 1;
        switch (unit) {
            case "B": return 1;
            case "KiB": return KIB;
            case "MiB": return MIB;
            case "GiB": return GIB;
            case "TiB": return TIB;
            default: return PIB;
        }
    }

    public long kib() { return bytes / KIB; }
    public long sectors() { return bytes / 512; }

    public Size plus(Size other) { return new Size(Math.addExact(bytes, other.bytes)); }
    public Size minus(Size other) { return new Size(bytes - other.bytes); }
    public boolean isLessThan(Size other) { return bytes < other.bytes; }

    /** Rounds up to a whole multiple of {@code unit} (LVM extents, ZFS volblocksize). */
    public Size roundUpTo(Size unit) {
        if (unit.bytes == 0) return this;
        long units = (bytes + unit.bytes - 1) / unit.bytes;
        return new Size(Math.multiplyExact(units, unit.bytes));
    }

    @Override
    public int compareTo(Size other) { return Long.compare(bytes, other.bytes); }

    /** The largest exact unit: {@code 20GiB}, {@code 20488MiB}, {@code 1000B}. */
    @Override
    public String toString() {
        long[] units = {PIB, TIB, GIB, MIB, KIB};
        String[] names = {"PiB", "TiB", "GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            if (bytes != 0 && bytes % units[i] == 0) return (bytes / units[i]) + names[i];
        }
        return bytes + "B";
    }

    /** A rounded form for people: {@code 19.5GiB}. */
    public String human() {
        long[] units = {PIB, TIB, GIB, MIB, KIB};
        String[] names = {"PiB", "TiB", "GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= units[i]) {
                double value = (double) bytes / units[i];
                // 1023.96GiB would print as 1024.0GiB: say 1.0TiB instead
                if (value >= 1023.95 && i > 0) return String.format(Locale.ROOT, "%.1f", value / 1024) + names[i - 1];
                String number = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
                return number + names[i];
            }
        }
        return bytes + "B";
    }
}
