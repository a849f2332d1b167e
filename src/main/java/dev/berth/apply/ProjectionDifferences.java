package dev.berth.apply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Names what changed between a host's projection in the plan's basis and the same projection
 * now: per section (volume groups, volumes, resource files, kernel state, state file), which
 * object appeared, disappeared or changed, and how. A person reading a stale-plan refusal must
 * see what moved under the plan without diffing JSON by hand.
 */
final class ProjectionDifferences {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> KEYS = List.of("name", "path");

    private ProjectionDifferences() {}

    static List<String> between(String node, String planned, String now) { return between(node, planned, now, (section, key) -> true); }

    /** Only the objects {@code relevant} accepts (by section, e.g. "volumes", and key: a name or path); whole-section changes always. */
    static List<String> between(String node, String planned, String now, java.util.function.BiPredicate<String, String> relevant) {
        List<String> differences = new ArrayList<>();
        if (planned.equals(now)) return differences;
        JsonNode before = JSON.readTree(planned);
        JsonNode after = JSON.readTree(now);
        if (before.path("unreachable").asBoolean() != after.path("unreachable").asBoolean()) {
            differences.add(node + (after.path("unreachable").asBoolean() ? " is unreachable now" : " answers now; it was unreachable when planned"));
            return differences;
        }
        TreeSet<String> sections = new TreeSet<>(before.propertyNames());
        sections.addAll(after.propertyNames());
        for (String section : sections) {
            JsonNode was = before.path(section);
            JsonNode is = after.path(section);
            if (was.equals(is)) continue;
            String label = section.replace('_', ' ');
            if (!was.isArray() || !is.isArray()) {
                differences.add(node + ": " + label + " changed: " + shorten(was) + " -> " + shorten(is));
                continue;
            }
            Map<String, JsonNode> old = byKey(was);
            Map<String, JsonNode> current = byKey(is);
            old.forEach((key, value) -> {
                if (!relevant.test(section, key)) return;
                if (!current.containsKey(key)) differences.add(node + ": " + label + ": " + key + " disappeared");
                else if (!current.get(key).equals(value)) differences.add(node + ": " + label + ": " + key + " changed: " + shorten(value) + " -> " + shorten(current.get(key)));
            });
            current.keySet().stream().filter(key -> !old.containsKey(key) && relevant.test(section, key)).forEach(key -> differences.add(node + ": " + label + ": " + key + " appeared"));
        }
        return differences;
    }

    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode element : array) {
            String key = KEYS.stream().filter(element::has).map(k -> element.get(k).asString()).findFirst().orElse(element.toString());
            map.put(key, element);
        }
        return map;
    }

    private static String shorten(JsonNode node) {
        String text = node.isString() ? '"' + node.asString() + '"' : node.toString();
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
