package dev.berth.observed;

/** The replication state of one volume towards one peer ({@code replication-state}). */
public enum ReplicationState implements Labelled {
    OFF("Off"),
    ESTABLISHED("Established"),
    STARTING_SYNC_SOURCE("StartingSyncS"),
    STARTING_SYNC_TARGET("StartingSyncT"),
    WAITING_FOR_BITMAP_SOURCE("WFBitMapS"),
    WAITING_FOR_BITMAP_TARGET("WFBitMapT"),
    WAITING_FOR_SYNC_UUID("WFSyncUUID"),
    SYNC_SOURCE("SyncSource"),
    SYNC_TARGET("SyncTarget"),
    VERIFY_SOURCE("VerifyS"),
    VERIFY_TARGET("VerifyT"),
    PAUSED_SYNC_SOURCE("PausedSyncS"),
    PAUSED_SYNC_TARGET("PausedSyncT"),
    AHEAD("Ahead"),
    BEHIND("Behind"),
    UNRECOGNISED("");

    private final String label;

    ReplicationState(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    /** A resync runs or is about to (started, waiting for the bitmap, paused): data is moving or must move. */
    public boolean isResync() {
        return this == STARTING_SYNC_SOURCE || this == STARTING_SYNC_TARGET || this == WAITING_FOR_BITMAP_SOURCE
                || this == WAITING_FOR_BITMAP_TARGET || this == WAITING_FOR_SYNC_UUID || this == SYNC_SOURCE
                || this == SYNC_TARGET || this == PAUSED_SYNC_SOURCE || this == PAUSED_SYNC_TARGET;
    }
}
