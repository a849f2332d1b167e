package dev.berth.drbd;

/**
 * drbd-utils' reading of option values: {@code new_strtoll} turns {@code 100M} into the option's
 * own scale (KiB for rates, sectors for sizes, plain for counts), rounding a smaller unit up; a
 * boolean is {@code yes}, {@code no}, or nothing at all (a bare flag means yes).
 */
final class OptionNumbers {
    private OptionNumbers() {}

    /** The value in units of {@code scale} ('1', 'k' or 's'); a unit suffix K, M, G or s may follow the digits. */
    static long parse(String value, char scale) {
        if (value == null || value.isEmpty()) throw new IllegalArgumentException("missing number argument");
        int end = 0;
        if (value.charAt(0) == '-') end = 1;
        while (end < value.length() && Character.isDigit(value.charAt(end))) end++;
        if (end == 0 || (end == 1 && value.charAt(0) == '-')) throw new IllegalArgumentException(value + " is not a valid number");
        long number = Long.parseLong(value.substring(0, end));
        int shift = scale == 'k' ? -10 : scale == 's' ? -9 : 0;
        if (end < value.length()) {
            if (end + 1 != value.length()) throw new IllegalArgumentException(value + " is not a valid number");
            switch (value.charAt(end)) {
                case 'K': case 'k': shift += 10; break;
                case 'M': case 'm': shift += 20; break;
                case 'G': case 'g': shift += 30; break;
                case 's': shift += 9; break;
                default: throw new IllegalArgumentException(value + " is not a valid number");
            }
        }
        if (shift < 0) return (number + (1L << -shift) - 1) >> -shift;
        if (shift > 0 && number > (Long.MAX_VALUE >> shift)) throw new IllegalArgumentException(value + ": out of range");
        return number << shift;
    }

    static boolean bool(String value) {
        if (value == null || value.equals("yes")) return true;
        if (value.equals("no")) return false;
        throw new IllegalArgumentException(value + " is not yes or no");
    }
}
