package dev.berth.spec;

import dev.berth.desired.DrbdSettings;
import dev.berth.desired.SecretSource;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads a {@code drbd:} block; values become the text DRBD writes in a resource file. */
final class DrbdSettingsReader {
    private DrbdSettingsReader() {}

    static DrbdSettings read(JsonNode drbd) {
        if (!drbd.isObject()) return DrbdSettings.empty();
        JsonNode secret = drbd.path("sharedSecretFrom");
        Optional<SecretSource> source = secret.has("env") ? Optional.of(new SecretSource(SecretSource.Kind.ENV, secret.get("env").asString()))
                : secret.has("file") ? Optional.of(new SecretSource(SecretSource.Kind.FILE, secret.get("file").asString()))
                : Optional.empty();
        return new DrbdSettings(section(drbd.path("options")), section(drbd.path("net")), section(drbd.path("disk")), source);
    }

    private static SortedMap<String, String> section(JsonNode section) {
        TreeMap<String, String> options = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : section.properties()) options.put(e.getKey(), drbdValue(e.getValue()));
        return options;
    }

    /** DRBD spells booleans yes/no; numbers and words as written. */
    static String drbdValue(JsonNode value) {
        if (value.isBoolean()) return value.asBoolean() ? "yes" : "no";
        return value.isString() ? value.asString() : value.toString();
    }
}
