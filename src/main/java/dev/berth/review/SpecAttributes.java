package dev.berth.review;

import dev.berth.desired.DesiredCluster;
import dev.berth.model.Size;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A desired cluster as addresses with flat attributes ({@code volumes.0.size = 20GiB},
 * {@code drbd.options.quorum = majority}). Read from the records' components, so an attribute
 * added to the desired model shows up in change requests without a line here; defaults are
 * filled in, so a change that spells out a default is no change. Secrets are never in the
 * desired model (only their source), so none can appear here.
 */
final class SpecAttributes {
    private SpecAttributes() {}

    static SortedMap<String, SortedMap<String, String>> of(DesiredCluster cluster) {
        SortedMap<String, SortedMap<String, String>> out = new TreeMap<>();
        SortedMap<String, String> stack = new TreeMap<>();
        stack.put("name", cluster.name());
        flatten("connection", cluster.connection(), stack);
        flatten("ownership", cluster.ownership(), stack);
        flatten("driftIgnore", cluster.driftIgnore(), stack);
        out.put("stack", stack);
        cluster.nodes().forEach((name, node) -> out.put("node." + name, attributes(node)));
        cluster.storagePools().forEach((name, pool) -> out.put("pool." + name, attributes(pool)));
        cluster.resourceGroups().forEach((name, group) -> out.put("group." + name, attributes(group)));
        cluster.resources().forEach((name, resource) -> out.put("resource." + name, attributes(resource)));
        return out;
    }

    /** A named object's attributes; its name is its address already. */
    private static SortedMap<String, String> attributes(Record value) {
        SortedMap<String, String> out = new TreeMap<>();
        flatten("", value, out);
        out.remove("name");
        return out;
    }

    private static void flatten(String prefix, Object value, SortedMap<String, String> out) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> flatten(prefix, present, out));
        } else if (value instanceof Size size) {
            out.put(prefix, size.toString()); // as the author wrote it (20GiB), not the record's bytes
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                flatten(join(prefix, component.getName()), read(component, record), out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> flatten(join(prefix, String.valueOf(key)), item, out));
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) flatten(join(prefix, String.valueOf(index++)), item, out);
        } else if (value instanceof Enum<?> constant) {
            out.put(prefix, constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        } else {
            out.put(prefix, String.valueOf(value));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException impossible) {
            throw new IllegalStateException("cannot read " + component, impossible);
        }
    }

    private static String join(String prefix, String name) { return prefix.isEmpty() ? name : prefix + "." + name; }
}
