package dev.berth.plan;

import dev.berth.desired.DrbdSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drbd-utils version that introduced a few DRBD options, each from drbd-utils' own ChangeLog
 * (LINBIT/drbd-utils, file ChangeLog; the entry is quoted in {@code source}). An older drbdadm
 * rejects the whole resource file for an option it does not know, so apply would stop at the
 * config test. Only options with such a ChangeLog entry are listed; an option missing here is
 * not checked (not assumed to be old).
 */
final class OptionVersions {
    record Requirement(String section, String option, String version, String source) {}

    static final List<Requirement> TABLE = List.of(
            new Requirement("options", "quorum", "8.9.11", "8.9.11: \"introduce quorum support\""),
            new Requirement("options", "on-no-quorum", "9.0.0", "9.0.0: \"v9: support new option on_no_quorum\""),
            new Requirement("options", "max-io-depth", "8.9.7", "8.9.7: \"new resource option max-io-depth (v9 only)\""),
            new Requirement("disk", "rs-discard-granularity", "8.9.5", "8.9.5: \"add support for new disk option 'rs-discard-granularity'\""),
            new Requirement("disk", "discard-zeroes-if-aligned", "8.9.5",
                    "8.9.5: \"add support for new disk option 'discard-zeroes-if-aligned'\""),
            new Requirement("net", "socket-check-timeout", "8.9.1", "8.9.1: \"new configuration options socket-check-timeout and csums-after-crash-only\""),
            new Requirement("net", "csums-after-crash-only", "8.9.1", "8.9.1: \"new configuration options socket-check-timeout and csums-after-crash-only\""));

    private OptionVersions() {}

    /** The requirements among {@code settings} that drbd-utils {@code installed} does not meet. */
    static List<Requirement> unmet(DrbdSettings settings, String installed) {
        Optional<int[]> have = parse(installed);
        List<Requirement> unmet = new ArrayList<>();
        if (have.isEmpty()) return unmet; // an unreadable version is not guessed at; the module check still runs
        for (Requirement requirement : TABLE) {
            Map<String, String> section = switch (requirement.section()) {
                case "options" -> settings.options();
                case "disk" -> settings.disk();
                default -> settings.net();
            };
            if (section.containsKey(requirement.option()) && compare(have.get(), parse(requirement.version()).orElseThrow()) < 0) {
                unmet.add(requirement);
            }
        }
        return unmet;
    }

    /** {@code 9.22.0} (or {@code 9.22.0-1}, a package suffix) as numbers. */
    static Optional<int[]> parse(String version) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(version.trim());
        if (!matcher.find()) return Optional.empty();
        return Optional.of(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3))});
    }

    static int compare(int[] left, int[] right) {
        for (int i = 0; i < 3; i++) if (left[i] != right[i]) return Integer.compare(left[i], right[i]);
        return 0;
    }
}
