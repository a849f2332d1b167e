package dev.berth.drbd;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One DRBD option as drbd-utils 9.22 defines it (user/v9/config_flags.c, defaults from
 * drbd_limits.h): its type, default, scale and unit. The kernel stores numbers in the option's
 * scale, so {@code c-max-rate 100M} and {@code c-max-rate 102400k} are the same setting, and
 * {@code drbdsetup show} prints the stored form ({@link #normalize}); {@code drbdadm adjust}
 * compares with {@link #sameValue} and skips defaults with {@link #isDefault}, as its
 * {@code opts_equal} does.
 */
public record DrbdOption(String name, Kind kind, String defaultValue, char scale, Optional<String> unit, List<String> words) {
    /** The field classes of config_flags.c. */
    public enum Kind { NUMERIC, SIGNED_NUMERIC, BOOLEAN, ENUM, ENUM_NOCASE, ENUM_NUMBER, STRING }

    public DrbdOption {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(defaultValue);
        Objects.requireNonNull(unit);
        words = List.copyOf(words);
    }

    /** True for strings, which {@code drbdsetup show} prints in double quotes. */
    public boolean quoted() { return kind == Kind.STRING; }

    /** The kernel's form of a value given on a command line or in a file; refuses what drbdsetup refuses. */
    public String normalize(String value) {
        switch (kind) {
            case NUMERIC:
            case SIGNED_NUMERIC:
                long number = OptionNumbers.parse(value, scale);
                return number + (scale == '1' ? "" : String.valueOf(scale));
            case BOOLEAN:
                return OptionNumbers.bool(value) ? "yes" : "no";
            case ENUM:
                if (!words.contains(value)) throw new IllegalArgumentException(value + " is not a valid " + name);
                return value;
            case ENUM_NOCASE:
                return words.stream().filter(w -> w.equalsIgnoreCase(value)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(value + " is not a valid " + name));
            case ENUM_NUMBER:
                if (words.contains(value)) return value;
                long nodes = OptionNumbers.parse(value, '1');
                if (nodes < 1 || nodes > 32) throw new IllegalArgumentException(value + " is not a valid " + name);
                return Long.toString(nodes);
            default:
                return value;
        }
    }

    public boolean isDefault(String value) {
        return sameValue(value, defaultValue);
    }

    /** {@code is_equal} of the option's field class: numbers by value in scale, booleans by meaning, enums by word. */
    public boolean sameValue(String a, String b) {
        switch (kind) {
            case NUMERIC:
            case SIGNED_NUMERIC:
                return OptionNumbers.parse(a, scale) == OptionNumbers.parse(b, scale);
            case BOOLEAN:
                return OptionNumbers.bool(a) == OptionNumbers.bool(b);
            case ENUM_NOCASE:
                return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
            default:
                return a.equals(b);
        }
    }

    static DrbdOption numeric(String name, long defaultValue, char scale, String unit) {
        return new DrbdOption(name, Kind.NUMERIC, defaultValue + (scale == '1' ? "" : String.valueOf(scale)), scale,
                Optional.ofNullable(unit), List.of());
    }

    static DrbdOption bool(String name, boolean defaultValue) {
        return new DrbdOption(name, Kind.BOOLEAN, defaultValue ? "yes" : "no", '1', Optional.empty(), List.of());
    }

    static DrbdOption choice(String name, String defaultValue, String... words) {
        return new DrbdOption(name, Kind.ENUM, defaultValue, '1', Optional.empty(), List.of(words));
    }

    static DrbdOption text(String name) {
        return new DrbdOption(name, Kind.STRING, "", '1', Optional.empty(), List.of());
    }
}
