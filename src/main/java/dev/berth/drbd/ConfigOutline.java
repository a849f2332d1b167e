package dev.berth.drbd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a drbd.conf file around its resources, which drbdadm needs and the resource model
 * does not hold: the files it includes, the {@code global} options, the {@code common} sections
 * and the line each resource starts on (drbdadm dump's "# defined at file:line").
 */
public record ConfigOutline(List<String> includes, Map<String, String> global, Optional<Map<String, Map<String, String>>> common,
                            Map<String, Integer> resourceLines) {
    public ConfigOutline {
        includes = List.copyOf(includes);
        global = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(global));
        resourceLines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resourceLines));
    }

    /** The outline, or the first syntax problem. A flag option ({@code disable-ip-verification;}) has an empty value. */
    public static ParseResultOr read(String text) {
        ConfigSyntax.Result syntax = ConfigSyntax.read(text);
        if (syntax.problem().isPresent()) return new ParseResultOr(Optional.empty(), syntax.problem());
        var includes = new ArrayList<String>();
        var global = new LinkedHashMap<String, String>();
        Map<String, Map<String, String>> common = null;
        var lines = new LinkedHashMap<String, Integer>();
        for (ConfigNode node : syntax.document().orElseThrow().statements()) {
            switch (node.keyword()) {
                case "include":
                    node.arguments().forEach(word -> includes.add(word.text()));
                    break;
                case "global":
                    for (ConfigNode option : node.children()) {
                        global.put(option.keyword(), option.arguments().isEmpty() ? "" : option.arguments().get(0).text());
                    }
                    break;
                case "common":
                    common = new LinkedHashMap<>();
                    for (ConfigNode section : node.children()) {
                        var options = new LinkedHashMap<String, String>();
                        for (ConfigNode option : section.children()) {
                            options.put(option.keyword(), option.arguments().isEmpty() ? "yes" : option.arguments().get(0).text());
                        }
                        common.put(section.keyword(), options);
                    }
                    break;
                case "resource":
                    if (!node.arguments().isEmpty()) lines.put(node.arguments().get(0).text(), node.line());
                    break;
                default:
                    break;
            }
        }
        return new ParseResultOr(Optional.of(new ConfigOutline(includes, global, Optional.ofNullable(common), lines)), Optional.empty());
    }

    /** An outline or the problem that prevented it. */
    public record ParseResultOr(Optional<ConfigOutline> outline, Optional<ConfigProblem> problem) {}
}
