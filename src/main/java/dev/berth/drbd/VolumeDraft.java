package dev.berth.drbd;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A volume block as read, before it is merged: a top-level {@code volume} gives defaults that a
 * {@code volume} inside an {@code on} section overrides field by field, as drbdadm does.
 */
final class VolumeDraft {
    private static final Pattern DEVICE_PATH = Pattern.compile("/dev/drbd([0-9]+)");

    final int number;
    final ConfigNode origin;
    Optional<Integer> minor = Optional.empty();
    Optional<String> disk = Optional.empty();

    VolumeDraft(int number, ConfigNode origin) {
        this.number = number;
        this.origin = origin;
    }

    /** This draft's fields over the defaults of {@code template} (which may be null). */
    VolumeDraft over(VolumeDraft template) {
        var merged = new VolumeDraft(number, origin);
        merged.minor = minor.or(() -> template == null ? Optional.empty() : template.minor);
        merged.disk = disk.or(() -> template == null ? Optional.empty() : template.disk);
        return merged;
    }

    /** Reads one statement of a volume (or of an {@code on} section for the implicit volume 0). */
    boolean accept(ConfigNode statement) throws ConfigFailure {
        switch (statement.keyword()) {
            case "device":
                minor = Optional.of(readMinor(statement));
                return true;
            case "disk":
                if (statement.isSection()) {
                    throw ConfigFailure.at(statement, "per-volume disk options are not supported; set them in the resource's disk section");
                }
                disk = Optional.of(single(statement));
                return true;
            case "meta-disk":
                // Berth sizes and creates internal metadata only; an external one it would misjudge.
                // (external forms: 'meta-disk /dev/x;', 'meta-disk /dev/x [index];', 'flexible-meta-disk')
                if (statement.isSection() || statement.arguments().size() != 1 || !statement.arguments().get(0).text().equals("internal")) {
                    throw ConfigFailure.at(statement, "only 'meta-disk internal' is supported");
                }
                return true;
            default:
                return false;
        }
    }

    VolumeConfig build() throws ConfigFailure {
        int deviceMinor = minor.orElseThrow(() -> ConfigFailure.at(origin, "volume " + number + " has no device minor"));
        try {
            // A missing disk statement is how hand-written files declare a client: same as 'disk none'.
            Optional<String> backing = disk.filter(d -> !d.equals("none"));
            return new VolumeConfig(number, deviceMinor, backing);
        } catch (IllegalArgumentException invalid) {
            throw ConfigFailure.at(origin, invalid.getMessage());
        }
    }

    /** {@code device minor N}, {@code device /dev/drbdN minor N} or {@code device /dev/drbdN}. */
    private static int readMinor(ConfigNode statement) throws ConfigFailure {
        var args = statement.arguments();
        Integer fromPath = null;
        Integer fromMinor = null;
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i).text();
            if (word.equals("minor") && i + 1 < args.size()) {
                fromMinor = number(args.get(++i));
            } else {
                Matcher m = DEVICE_PATH.matcher(word);
                if (!m.matches()) throw ConfigFailure.at(args.get(i), "expected /dev/drbdN or 'minor N', found '" + word + "'");
                fromPath = Integer.parseInt(m.group(1));
            }
        }
        if (fromPath != null && fromMinor != null && !fromPath.equals(fromMinor)) {
            throw ConfigFailure.at(statement, "device path and minor disagree");
        }
        if (fromMinor != null) return fromMinor;
        if (fromPath != null) return fromPath;
        throw ConfigFailure.at(statement, "device needs a minor");
    }

    static int number(ConfigNode.Word word) throws ConfigFailure {
        try {
            return Integer.parseInt(word.text());
        } catch (NumberFormatException notANumber) {
            throw ConfigFailure.at(word, "expected a number, found '" + word.text() + "'");
        }
    }

    static String single(ConfigNode statement) throws ConfigFailure {
        if (statement.isSection() || statement.arguments().size() != 1) {
            throw ConfigFailure.at(statement, "'" + statement.keyword() + "' takes exactly one value");
        }
        return statement.arguments().get(0).text();
    }
}
