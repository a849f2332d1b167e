package dev.berth.observed;

import dev.berth.model.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One volume towards one peer ({@code peer_devices}). {@code outOfSync} is what still differs;
 * {@code percentResyncDone} is present only while a resync runs. {@code resyncSuspended} is
 * drbdsetup's text ({@code no}, {@code user}, {@code peer,dependency}, ...). {@code estimatedSecondsToFinish}
 * is DRBD's own estimate while a resync runs, shown to people waiting on it.
 */
public record PeerDeviceStatus(int volume, Term<ReplicationState> replicationState, Term<DiskState> peerDiskState,
                               boolean peerClient, String resyncSuspended, Size outOfSync, BigDecimal percentInSync,
                               Optional<BigDecimal> percentResyncDone, Optional<Long> estimatedSecondsToFinish) {
    public PeerDeviceStatus {
        Copies.noNulls("PeerDeviceStatus", replicationState, peerDiskState, resyncSuspended, outOfSync, percentInSync,
                percentResyncDone, estimatedSecondsToFinish);
    }
}
