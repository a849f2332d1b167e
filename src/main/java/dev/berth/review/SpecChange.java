package dev.berth.review;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One address the author edited: {@code node.worker-1}, {@code pool.fast}, {@code group.mysql},
 * {@code resource.mysql-data-0} or {@code stack} (name, connection, ownership, driftIgnore), with
 * its attributes before and after as flat name → text pairs (empty on the side where it does not exist).
 */
public record SpecChange(String address, Kind kind, SortedMap<String, String> before, SortedMap<String, String> after) {
    public enum Kind {
        ADDED("added", "+"), REMOVED("removed", "-"), CHANGED("changed", "~");

        private final String spelling;
        private final String symbol;

        Kind(String spelling, String symbol) {
            this.spelling = spelling;
            this.symbol = symbol;
        }

        public String spelling() { return spelling; }

        public String symbol() { return symbol; }
    }

    public SpecChange {
        before = Collections.unmodifiableSortedMap(new TreeMap<>(before));
        after = Collections.unmodifiableSortedMap(new TreeMap<>(after));
    }
}
