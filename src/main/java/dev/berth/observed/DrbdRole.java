package dev.berth.observed;

/** A resource's role, and a peer's as this host sees it (drbd-headers drbd_strings.c). */
public enum DrbdRole implements Labelled {
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    /** DRBD's own "don't know", e.g. the role of a peer that is not connected. */
    UNKNOWN("Unknown"),
    UNRECOGNISED("");

    private final String label;

    DrbdRole(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
