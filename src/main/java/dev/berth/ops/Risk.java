package dev.berth.ops;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a step can cost (design.md). Steps before a resource's first irreversible step roll back
 * on failure; after it, the apply stops and is resumed forward. Self-heal may run only NONE and
 * REVERSIBLE.
 */
public enum Risk {
    /** Changes nothing that matters (a wait). */
    NONE("none"),
    /** Undone exactly by its undo commands. */
    REVERSIBLE("reversible"),
    /** Cannot be undone but loses no data: a started resync, a forgotten peer, a grown volume. */
    IRREVERSIBLE("irreversible"),
    /** Destroys data: removing a backing volume, wiping a device. */
    DATA_LOSS("data-loss");

    private final String spelling;

    Risk(String spelling) { this.spelling = spelling; }

    @JsonValue
    public String spelling() { return spelling; }

    public boolean isAutomatic() { return this == NONE || this == REVERSIBLE; }

    public Risk max(Risk other) { return compareTo(other) >= 0 ? this : other; }
}
