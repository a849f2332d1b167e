package dev.berth.spec;

import dev.berth.diag.JsonPointer;
import dev.berth.diag.SourcePosition;

import java.util.Map;
import java.util.Optional;

/**
 * Where each value and each mapping key of a YAML document starts, by JSON pointer. Schema and
 * semantic checks speak in pointers; this turns them back into file:line:column.
 */
public record SourceMap(String file, Map<String, SourcePosition> values, Map<String, SourcePosition> keys) {
    public SourceMap {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** The value at the pointer, or the nearest enclosing value that exists (a missing key's parent). */
    public SourcePosition valuePosition(String pointer) {
        for (String p = pointer; ; p = JsonPointer.parent(p)) {
            SourcePosition found = values.get(p);
            if (found != null) return found;
            if (p.isEmpty()) return SourcePosition.startOf(file);
        }
    }

    /** The key of the mapping entry at the pointer, falling back to its value. */
    public SourcePosition keyPosition(String pointer) {
        return Optional.ofNullable(keys.get(pointer)).orElseGet(() -> valuePosition(pointer));
    }
}
