package dev.berth.observed;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Defensive copies for the records of this package: sorted and unmodifiable, so that two
 * discoveries of the same host compare equal and print in the same order.
 */
final class Copies {
    private Copies() {}

    /** Refuses nulls with the record's name in the message, since a null in observed state is a parser bug. */
    static void noNulls(String record, Object... parts) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) throw new NullPointerException(record + ": component " + i + " is null");
        }
    }

    static <K extends Comparable<K>, V> SortedMap<K, V> sortedMap(Map<K, V> given) {
        Objects.requireNonNull(given, "map");
        return Collections.unmodifiableSortedMap(new TreeMap<>(given));
    }

    static SortedSet<String> sortedSet(Collection<String> given) {
        Objects.requireNonNull(given, "set");
        return Collections.unmodifiableSortedSet(new TreeSet<>(given));
    }

    static <T> List<T> list(List<T> given) {
        return List.copyOf(Objects.requireNonNull(given, "list"));
    }
}
