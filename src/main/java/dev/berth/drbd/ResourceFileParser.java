package dev.berth.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads DRBD 9 configuration text into {@link ResourceConfig}s: Berth's own files, hand-written
 * files (top-level volumes, {@code connection-mesh}, addresses in {@code on} sections) and the
 * normalised output of {@code drbdadm dump}. Anything Berth cannot model faithfully (external
 * meta-disks, several paths per connection, per-connection options) is a problem, not a silent
 * loss, because a planner that diffs a half-read file would propose to "fix" what it did not see.
 */
public final class ResourceFileParser {
    private ResourceFileParser() {}

    /** True when the first line is Berth's header: only such files may be overwritten or removed. */
    public static boolean isWrittenByBerth(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int end = body.indexOf('\n');
        String first = (end < 0 ? body : body.substring(0, end)).stripTrailing();
        return first.equals(ResourceFileWriter.HEADER);
    }

    public static ParseResult parse(String text) {
        ConfigSyntax.Result syntax = ConfigSyntax.read(text);
        if (syntax.problem().isPresent()) return new ParseResult.Failed(syntax.problem().get());
        ConfigSyntax.Document document = syntax.document().orElseThrow();
        try {
            return new ParseResult.Parsed(resources(document));
        } catch (ConfigFailure failure) {
            return new ParseResult.Failed(failure.problem());
        }
    }

    private static List<ParsedResource> resources(ConfigSyntax.Document document) throws ConfigFailure {
        // common { } holds defaults for every resource; drbdadm lets it appear before or after them.
        Map<String, Map<String, String>> common = new TreeMap<>();
        for (ConfigNode node : document.statements()) {
            if (node.keyword().equals("common")) {
                requireSection(node);
                for (ConfigNode child : node.children()) {
                    if (OptionSections.isOptionSection(child.keyword())) {
                        common.computeIfAbsent(child.keyword(), k -> new TreeMap<>()).putAll(OptionSections.read(child));
                    }
                }
            }
        }
        var resources = new ArrayList<ParsedResource>();
        for (ConfigNode node : document.statements()) {
            switch (node.keyword()) {
                case "resource":
                    requireSection(node);
                    resources.add(ResourceReader.read(node, common, document.comments()));
                    break;
                case "global":
                case "common":
                case "skip":
                    break;
                case "include":
                    // Includes are resolved by drbdadm; read its dump to see the included resources.
                    break;
                default:
                    throw ConfigFailure.at(node, "unexpected '" + node.keyword() + "' at the top level");
            }
        }
        return resources;
    }

    static void requireSection(ConfigNode node) throws ConfigFailure {
        if (!node.isSection()) throw ConfigFailure.at(node, "'" + node.keyword() + "' needs a { } block");
    }
}
