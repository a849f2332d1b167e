package dev.berth.plan;

import dev.berth.desired.DrbdSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drbd-utils and DRBD kernel module versions that introduced the DRBD options a stack may set,
 * each from the project's own ChangeLog (LINBIT/drbd-utils {@code ChangeLog}; LINBIT/drbd
 * {@code ChangeLog} on its drbd-9.0 and drbd-9.2 branches; the entry is quoted in {@code source}).
 * An older drbdadm rejects the whole resource file for an option it does not know, and an older
 * module rejects the option at {@code adjust}, so apply would stop halfway. Only options with such
 * a ChangeLog entry are listed; an option missing here is not checked (not assumed to be old).
 */
final class OptionVersions {
    /** What must be new enough: the user-space tools or the kernel module. */
    enum Component {
        UTILS("drbd-utils", "drbd-utils ChangeLog"), MODULE("DRBD kernel module", "DRBD ChangeLog");

        final String name;
        final String changeLog;

        Component(String name, String changeLog) {
            this.name = name;
            this.changeLog = changeLog;
        }
    }

    record Requirement(Component component, String section, String option, String version, String source) {}

    private static final String LOAD_BALANCE = "9.2.6: \"a new config net option 'load-balance-paths'\"";

    static final List<Requirement> TABLE = List.of(
            new Requirement(Component.UTILS, "options", "quorum", "8.9.11", "8.9.11: \"introduce quorum support\""),
            new Requirement(Component.MODULE, "options", "quorum", "9.0.7",
                    "9.0.7-1: \"Quorum to avoid data divergence, an alternative to fencing when the resource has 3 or more replicas\""),
            new Requirement(Component.UTILS, "options", "on-no-quorum", "9.0.0", "9.0.0: \"v9: support new option on_no_quorum\""),
            new Requirement(Component.UTILS, "options", "max-io-depth", "8.9.7", "8.9.7: \"new resource option max-io-depth (v9 only)\""),
            new Requirement(Component.UTILS, "disk", "rs-discard-granularity", "8.9.5",
                    "8.9.5: \"add support for new disk option 'rs-discard-granularity'\""),
            new Requirement(Component.UTILS, "disk", "discard-zeroes-if-aligned", "8.9.5",
                    "8.9.5: \"add support for new disk option 'discard-zeroes-if-aligned'\""),
            new Requirement(Component.UTILS, "net", "socket-check-timeout", "8.9.1",
                    "8.9.1: \"new configuration options socket-check-timeout and csums-after-crash-only\""),
            new Requirement(Component.UTILS, "net", "csums-after-crash-only", "8.9.1",
                    "8.9.1: \"new configuration options socket-check-timeout and csums-after-crash-only\""),
            new Requirement(Component.UTILS, "net", "load-balance-paths", "9.26.0", "9.26.0: \"config,v9: new config option load-balance-paths\""),
            new Requirement(Component.MODULE, "net", "load-balance-paths", "9.2.6", LOAD_BALANCE),
            new Requirement(Component.UTILS, "net", "allow-remote-read", "9.10.0", "9.10.0: \"drbdsetup,v9: add allow-remote-read flag\""));

    private OptionVersions() {}

    /** The drbd-utils requirements among {@code settings} that drbd-utils {@code installed} does not meet. */
    static List<Requirement> unmet(DrbdSettings settings, String installed) { return unmet(settings, Component.UTILS, installed); }

    /** The requirements on {@code component} among {@code settings} that version {@code installed} does not meet. */
    static List<Requirement> unmet(DrbdSettings settings, Component component, String installed) {
        Optional<int[]> have = parse(installed);
        List<Requirement> unmet = new ArrayList<>();
        if (have.isEmpty()) return unmet; // an unreadable version is not guessed at; the module check still runs
        for (Requirement requirement : TABLE) {
            if (requirement.component() != component) continue;
            Map<String, String> section = switch (requirement.section()) {
                case "options" -> settings.options();
                case "disk" -> settings.disk();
                default -> settings.net();
            };
            if (section.containsKey(requirement.option()) && older(have.get(), requirement.version())) unmet.add(requirement);
        }
        return unmet;
    }

    static boolean older(int[] have, String needed) { return compare(have, parse(needed).orElseThrow()) < 0; }

    /** {@code 9.22.0} (or {@code 9.22.0-1}, a package suffix) as numbers. */
    static Optional<int[]> parse(String version) {
        // a plan asks about the same few versions once per replica: 30,000 times for 10,000 resources
        if (PARSED.size() > 256) PARSED.clear(); // versions come from hosts: a handful, but never an unbounded cache
        Optional<int[]> parsed = PARSED.computeIfAbsent(version, OptionVersions::parseUncached);
        return parsed.map(int[]::clone);
    }

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final java.util.Map<String, Optional<int[]>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<int[]> parseUncached(String version) {
        java.util.regex.Matcher matcher = VERSION.matcher(version.trim());
        if (!matcher.find()) return Optional.empty();
        return Optional.of(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3))});
    }

    static int compare(int[] left, int[] right) {
        for (int i = 0; i < 3; i++) if (left[i] != right[i]) return Integer.compare(left[i], right[i]);
        return 0;
    }
}
