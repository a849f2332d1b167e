package dev.berth.sim.lvm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size or extent count as LVM's command line takes it. Sizes ({@code -L 51200k},
 * {@code --size 1.5g}, {@code -L +20m}) default to MiB and read both letter cases as binary units;
 * extents ({@code -l 10}, {@code -l 100%FREE}, {@code -l +5}) may be a percentage of FREE, VG or PVS.
 */
public record LvmSizeArgument(char sign, long bytes, long extents, String percentOf) {
    private static final Pattern SIZE = Pattern.compile("([+-]?)(\\d+(?:\\.\\d+)?)([bBsSkKmMgGtTpPeE]?)");
    private static final Pattern EXTENTS = Pattern.compile("([+-]?)(\\d+)(?:%(FREE|VG|PVS|ORIGIN|LV))?", Pattern.CASE_INSENSITIVE);

    /** {@code sign} is {@code +}, {@code -} or a space for an absolute value. */
    public static Optional<LvmSizeArgument> size(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) return Optional.empty();
        long unit = switch (Character.toLowerCase(m.group(3).isEmpty() ? 'm' : m.group(3).charAt(0))) {
            case 'b' -> 1L;
            case 's' -> 512L;
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            case 'p' -> 1L << 50;
            default -> 1L << 60;
        };
        BigDecimal bytes = new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.CEILING);
        return Optional.of(new LvmSizeArgument(sign(m.group(1)), bytes.longValueExact(), 0, ""));
    }

    public static Optional<LvmSizeArgument> extents(String text) {
        Matcher m = EXTENTS.matcher(text);
        if (!m.matches()) return Optional.empty();
        String percent = m.group(3) == null ? "" : m.group(3).toUpperCase(java.util.Locale.ROOT);
        return Optional.of(new LvmSizeArgument(sign(m.group(1)), 0, Long.parseLong(m.group(2)), percent));
    }

    public boolean relative() { return sign != ' '; }

    public boolean isPercent() { return !percentOf.isEmpty(); }

    /** Whole extents for a byte size, rounded up as LVM does. */
    public static long extentsFor(long bytes, long extentSize) {
        return (bytes + extentSize - 1) / extentSize;
    }

    private static char sign(String text) {
        return text.isEmpty() ? ' ' : text.charAt(0);
    }
}
