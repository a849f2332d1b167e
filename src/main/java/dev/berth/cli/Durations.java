package dev.berth.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations on the command line: {@code 20ms}, {@code 5s}, {@code 5m}, {@code 1h}. */
final class Durations {
    private static final Pattern TEXT = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");

    private Durations() {}

    static Duration parse(String option, String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) throw new UserError(option + ": '" + text + "' is not a duration such as 20ms, 5s or 5m", ExitCode.USAGE);
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "ms": return Duration.ofMillis(n);
            case "s": return Duration.ofSeconds(n);
            case "m": return Duration.ofMinutes(n);
            default: return Duration.ofHours(n);
        }
    }
}
