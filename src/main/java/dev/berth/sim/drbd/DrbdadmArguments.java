package dev.berth.sim.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A drbdadm command line: its own options ({@code -d}, {@code -c FILE}, {@code --config-to-test},
 * {@code --config-to-exclude}, {@code --max-peers N}, {@code --version}), the verb, its targets,
 * and every other {@code --option} (before or after {@code --}, before or after the verb), which
 * drbdadm hands to drbdsetup or drbdmeta as backend options.
 */
final class DrbdadmArguments {
    boolean dryRun;
    boolean version;
    String configFile = "/etc/drbd.conf";
    Optional<String> configToTest = Optional.empty();
    Optional<String> configToExclude = Optional.empty();
    OptionalInt maxPeers = OptionalInt.empty();
    final List<String> backend = new ArrayList<>();
    String verb = "";
    final List<String> targets = new ArrayList<>();

    /** The parsed line, or the problem drbdadm would report. */
    static DrbdadmArguments parse(List<String> words) throws IllegalArgumentException {
        DrbdadmArguments parsed = new DrbdadmArguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            String inline = word.contains("=") ? word.substring(word.indexOf('=') + 1) : null;
            switch (name) {
                case "--":
                    break;
                case "-d": case "--dry-run":
                    parsed.dryRun = true;
                    break;
                case "-V": case "--version":
                    parsed.version = true;
                    break;
                case "-v": case "--verbose":
                    break;
                case "-c": case "--config-file": case "-t": case "--config-to-test": case "-T": case "--config-to-exclude": case "--max-peers":
                    String value = inline != null ? inline : i + 1 < words.size() ? words.get(++i) : null;
                    if (value == null) throw new IllegalArgumentException("option '" + name + "' requires an argument");
                    if (name.equals("-c") || name.equals("--config-file")) parsed.configFile = value;
                    else if (name.equals("-t") || name.equals("--config-to-test")) parsed.configToTest = Optional.of(value);
                    else if (name.equals("-T") || name.equals("--config-to-exclude")) parsed.configToExclude = Optional.of(value);
                    else parsed.maxPeers = OptionalInt.of(Integer.parseInt(value));
                    break;
                default:
                    if (word.startsWith("--")) parsed.backend.add(word);
                    else if (word.startsWith("-") && word.length() > 1) throw new IllegalArgumentException("invalid option -- '" + word.charAt(1) + "'");
                    else if (parsed.verb.isEmpty()) parsed.verb = word;
                    else parsed.targets.add(word);
            }
        }
        return parsed;
    }

    boolean backend(String option) {
        return backend.stream().anyMatch(o -> o.equals(option) || o.startsWith(option + "="));
    }
}
