package dev.berth.ops;

import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.DiskState;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ReplicationState;
import dev.berth.observed.ResourceStatus;

import java.util.Optional;

/** Questions about a resource's live status that operations and waits ask. */
public final class Statuses {
    private Statuses() {}

    /** Every local volume and every peer's volume UpToDate (or intentionally diskless). */
    public static boolean allUpToDate(Optional<ResourceStatus> status) {
        if (status.isEmpty()) return false;
        for (DeviceStatus device : status.get().devices()) {
            if (!device.client() && !device.diskState().is(DiskState.UP_TO_DATE)) return false;
        }
        for (ConnectionStatus peer : status.get().connections()) {
            for (PeerDeviceStatus device : peer.peerDevices()) {
                if (!device.peerClient() && !device.peerDiskState().is(DiskState.UP_TO_DATE)) return false;
            }
        }
        return true;
    }

    public static boolean uptodateOrSyncing(Optional<ResourceStatus> status) {
        if (status.isEmpty()) return false;
        return allUpToDate(status) || status.get().connections().stream().flatMap(c -> c.peerDevices().stream())
                .anyMatch(d -> d.replicationState().is(ReplicationState.SYNC_SOURCE) || d.replicationState().is(ReplicationState.SYNC_TARGET));
    }
}
