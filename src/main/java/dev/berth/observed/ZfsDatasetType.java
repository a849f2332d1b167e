package dev.berth.observed;

/** The dataset types discovery lists: filesystems (a pool may live in one) and volumes (zvols, DRBD's backing). */
public enum ZfsDatasetType implements Labelled {
    FILESYSTEM("filesystem"),
    VOLUME("volume"),
    UNRECOGNISED("");

    private final String label;

    ZfsDatasetType(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
