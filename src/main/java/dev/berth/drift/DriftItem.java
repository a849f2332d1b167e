package dev.berth.drift;

import dev.berth.model.Address;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference: its kind, the address and host it is on, the field that differs (what
 * {@code driftIgnore} names), what the stack expects, what is live, and what to do about it.
 */
public record DriftItem(DriftKind kind, Address address, Optional<String> host, String field, String expected, String actual,
                        String action, Origin origin) implements Comparable<DriftItem> {
    public DriftItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(origin, "origin");
        if (field.isEmpty() || expected.isEmpty() || actual.isEmpty() || action.isEmpty()) {
            throw new IllegalArgumentException("a drift item needs a field, both sides and an action: " + address);
        }
    }

    /** Sorted by address, then kind and field: everything about one resource stays together. */
    @Override
    public int compareTo(DriftItem other) {
        int byAddress = address.compareTo(other.address);
        if (byAddress != 0) return byAddress;
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : field.compareTo(other.field);
    }
}
