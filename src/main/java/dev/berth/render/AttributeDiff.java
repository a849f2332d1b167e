package dev.berth.render;

import dev.berth.plan.Action;
import dev.berth.plan.ResourceChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The attribute lines every view shows for one address: all of them for a create or a destroy
 * (the reviewer sees the whole object that appears or goes), only the changed ones otherwise,
 * with the number of unchanged ones hidden. Text, Markdown and JSON show the same differences.
 */
record AttributeDiff(List<Line> lines, int unchanged) {
    /** {@code +} only after, {@code -} only before, {@code ~} both and different. */
    record Line(char marker, String name, Optional<String> before, Optional<String> after) {}

    static AttributeDiff of(ResourceChange change) {
        boolean whole = change.actions().equals(List.of(Action.CREATE)) || change.actions().equals(List.of(Action.DELETE));
        return of(change.before(), change.after(), whole);
    }

    /** {@code whole}: every attribute, for an address that appears or goes. */
    static AttributeDiff of(Map<String, String> beforeAll, Map<String, String> afterAll, boolean whole) {
        List<Line> lines = new ArrayList<>();
        int unchanged = 0;
        TreeSet<String> names = new TreeSet<>(beforeAll.keySet());
        names.addAll(afterAll.keySet());
        for (String name : names) {
            Optional<String> before = Optional.ofNullable(beforeAll.get(name));
            Optional<String> after = Optional.ofNullable(afterAll.get(name));
            if (before.equals(after) && !whole) {
                unchanged++;
                continue;
            }
            char marker = before.isEmpty() ? '+' : after.isEmpty() ? '-' : before.equals(after) ? ' ' : '~';
            lines.add(new Line(marker, name, before, after));
        }
        return new AttributeDiff(List.copyOf(lines), unchanged);
    }

    int nameWidth() { return lines.stream().mapToInt(l -> l.name().length()).max().orElse(0); }

    /** {@code "20GiB"}: quoted as in the JSON, so spaces and empty values stay visible. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                default: out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
