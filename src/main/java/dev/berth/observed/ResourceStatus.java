package dev.berth.observed;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One resource's live state on this host ({@code drbdsetup status --json}). {@code suspended}
 * is drbdsetup's OR of the reasons; older drbd-utils print only that flag, so
 * {@code suspendedFor} may be empty while {@code suspended} is true.
 */
public record ResourceStatus(String name, int nodeId, Term<DrbdRole> role, boolean suspended,
                             List<SuspendReason> suspendedFor, Optional<String> writeOrdering,
                             List<DeviceStatus> devices, List<ConnectionStatus> connections) {
    public ResourceStatus {
        Copies.noNulls("ResourceStatus", name, role, suspendedFor, writeOrdering, devices, connections);
        suspendedFor = suspendedFor.stream().distinct().sorted().toList();
        devices = devices.stream().sorted(Comparator.comparingInt(DeviceStatus::volume)).toList();
        connections = connections.stream().sorted(Comparator.comparingInt(ConnectionStatus::peerNodeId)).toList();
    }

    public Optional<ConnectionStatus> connection(int peerNodeId) {
        return connections.stream().filter(c -> c.peerNodeId() == peerNodeId).findFirst();
    }

    /** Every local volume has quorum. */
    public boolean hasQuorum() { return devices.stream().allMatch(DeviceStatus::quorum); }
}
