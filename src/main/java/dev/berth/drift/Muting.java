package dev.berth.drift;

import dev.berth.desired.DriftIgnore;

import java.util.List;
import java.util.Optional;

/**
 * The stack's {@code driftIgnore} entries: an item is muted when its address matches an entry's
 * glob and one of the entry's fields names it — exactly ({@code size}), as a prefix before a dot
 * or a space ({@code net} mutes {@code net.protocol}, {@code connection} every connection), or
 * {@code *} for every field.
 */
final class Muting {
    private Muting() {}

    static Optional<IgnoredDrift> mute(DriftItem item, List<DriftIgnore> entries) {
        for (DriftIgnore entry : entries) {
            if (!item.address().matches(entry.address())) continue;
            if (entry.fields().stream().anyMatch(field -> names(field, item.field()))) {
                return Optional.of(new IgnoredDrift(item, entry.address(), entry.reason()));
            }
        }
        return Optional.empty();
    }

    static boolean names(String field, String itemField) {
        return field.equals("*") || itemField.equals(field) || itemField.startsWith(field + ".") || itemField.startsWith(field + " ");
    }
}
