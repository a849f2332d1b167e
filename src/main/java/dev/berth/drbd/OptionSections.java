package dev.berth.drbd;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads {@code options { }}, {@code net { }} and {@code disk { }} blocks into sorted maps. */
final class OptionSections {
    private static final Set<String> SECTIONS = Set.of("options", "net", "disk");

    private OptionSections() {}

    static boolean isOptionSection(String keyword) { return SECTIONS.contains(keyword); }

    /**
     * {@code key value;} pairs; a bare {@code key;} is a flag that drbd.conf reads as {@code yes}
     * (e.g. {@code allow-two-primaries;}), so the model stores it that way.
     */
    static Map<String, String> read(ConfigNode section) throws ConfigFailure {
        ResourceFileParser.requireSection(section);
        var options = new TreeMap<String, String>();
        for (ConfigNode option : section.children()) {
            if (option.isSection()) {
                throw ConfigFailure.at(option, "unexpected block '" + option.keyword() + "' inside " + section.keyword());
            }
            if (option.arguments().size() > 1) {
                throw ConfigFailure.at(option.arguments().get(1), "option " + option.keyword() + " takes one value");
            }
            String value = option.arguments().isEmpty() ? "yes" : option.arguments().get(0).text();
            try {
                Names.requireOptionName(option.keyword());
                Names.requireOptionValue(option.keyword(), value);
            } catch (IllegalArgumentException invalid) {
                throw ConfigFailure.at(option, invalid.getMessage());
            }
            if (options.put(option.keyword(), value) != null) {
                throw ConfigFailure.at(option, "option " + option.keyword() + " is set twice in " + section.keyword());
            }
        }
        return options;
    }
}
