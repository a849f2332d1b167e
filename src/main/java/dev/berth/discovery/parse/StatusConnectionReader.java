package dev.berth.discovery.parse;

import dev.berth.model.Size;
import dev.berth.observed.ConnectionState;
import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DiskState;
import dev.berth.observed.DrbdRole;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ReplicationState;
import dev.berth.observed.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code connections} and {@code peer_devices} of {@code drbdsetup status --json}. Paths,
 * counters (sent, received, pending) and rates are not kept: a plan never depends on them.
 */
final class StatusConnectionReader {
    private StatusConnectionReader() {}

    static ConnectionStatus connection(JsonValue connection) throws BadOutput {
        List<PeerDeviceStatus> peerDevices = new ArrayList<>();
        Optional<JsonValue> list = connection.optionalField("peer_devices");
        if (list.isPresent()) {
            for (JsonValue peerDevice : list.get().elements()) peerDevices.add(peerDevice(peerDevice));
        }
        return new ConnectionStatus(
                connection.field("peer-node-id").intValue(),
                connection.field("name").string(),
                Term.of(ConnectionState.class, connection.field("connection-state").string()),
                Term.of(DrbdRole.class, connection.field("peer-role").string()),
                peerDevices);
    }

    private static PeerDeviceStatus peerDevice(JsonValue peerDevice) throws BadOutput {
        Optional<JsonValue> resyncSuspended = peerDevice.optionalField("resync-suspended");
        Optional<JsonValue> resyncDone = peerDevice.optionalField("percent-resync-done");
        Optional<JsonValue> estimate = peerDevice.optionalField("estimated-seconds-to-finish");
        return new PeerDeviceStatus(
                peerDevice.field("volume").intValue(),
                Term.of(ReplicationState.class, peerDevice.field("replication-state").string()),
                diskState(peerDevice.field("peer-disk-state")),
                DrbdsetupStatusParser.flag(peerDevice, "peer-client"),
                resyncSuspended.isEmpty() ? "no" : resyncSuspended.get().string(),
                kibibytes(peerDevice.field("out-of-sync")),
                peerDevice.field("percent-in-sync").decimal(),
                resyncDone.isEmpty() ? Optional.empty() : Optional.of(resyncDone.get().decimal()),
                estimate.isEmpty() ? Optional.empty() : Optional.of(estimate.get().decimal().longValue()));
    }

    static Term<DiskState> diskState(JsonValue value) throws BadOutput {
        return Term.of(DiskState.class, value.string());
    }

    /** drbdsetup's sizes are KiB; a negative or overflowing number is a broken output, not a size. */
    static Size kibibytes(JsonValue value) throws BadOutput {
        long kib = value.longValue();
        if (kib < 0 || kib > Long.MAX_VALUE / Size.KIB) throw value.problem("size out of range at " + value.pointer());
        return Size.ofKiB(kib);
    }
}
