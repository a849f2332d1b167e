package dev.berth.sim.drbd;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * printf's {@code %.2f} and {@code %.0f} as glibc prints them: the exact binary value of the
 * double, rounded half to even. Java's Formatter rounds half up, which differs at exact ties.
 */
final class PrintfNumbers {
    private PrintfNumbers() {}

    static String fixed(double value, int digits) {
        if (Double.isNaN(value)) return "-nan";
        if (Double.isInfinite(value)) return value > 0 ? "inf" : "-inf";
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
