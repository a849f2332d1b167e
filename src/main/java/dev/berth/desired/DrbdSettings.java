package dev.berth.desired;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * DRBD options under DRBD's own section and option names, values as DRBD spells them in a
 * resource file ({@code true} becomes {@code yes}).
 */
public record DrbdSettings(SortedMap<String, String> options, SortedMap<String, String> net,
                           SortedMap<String, String> disk, Optional<SecretSource> sharedSecret) {
    public DrbdSettings {
        options = copy(options);
        net = copy(net);
        disk = copy(disk);
    }

    public static DrbdSettings empty() {
        return new DrbdSettings(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Optional.empty());
    }

    /** These settings with {@code override}'s options on top, option by option. */
    public DrbdSettings overriddenBy(DrbdSettings override) {
        return new DrbdSettings(merge(options, override.options), merge(net, override.net), merge(disk, override.disk),
                override.sharedSecret.or(() -> sharedSecret));
    }

    private static SortedMap<String, String> merge(SortedMap<String, String> base, SortedMap<String, String> top) {
        TreeMap<String, String> merged = new TreeMap<>(base);
        merged.putAll(top);
        return merged;
    }

    private static SortedMap<String, String> copy(SortedMap<String, String> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
