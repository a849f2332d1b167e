package dev.berth.observed;

/** A volume's disk state, local ({@code disk-state}) or a peer's ({@code peer-disk-state}). */
public enum DiskState implements Labelled {
    DISKLESS("Diskless"),
    ATTACHING("Attaching"),
    DETACHING("Detaching"),
    FAILED("Failed"),
    NEGOTIATING("Negotiating"),
    INCONSISTENT("Inconsistent"),
    OUTDATED("Outdated"),
    /** DRBD's "unknown": the peer's disk while not connected. */
    DUNKNOWN("DUnknown"),
    CONSISTENT("Consistent"),
    UP_TO_DATE("UpToDate"),
    UNRECOGNISED("");

    private final String label;

    DiskState(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
