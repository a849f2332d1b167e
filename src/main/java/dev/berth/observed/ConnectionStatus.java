package dev.berth.observed;

import java.util.Comparator;
import java.util.List;

/** The live state of the connection to one peer ({@code connections}): its state, the peer's role, its volumes. */
public record ConnectionStatus(int peerNodeId, String name, Term<ConnectionState> connectionState, Term<DrbdRole> peerRole,
                               List<PeerDeviceStatus> peerDevices) {
    public ConnectionStatus {
        Copies.noNulls("ConnectionStatus", name, connectionState, peerRole, peerDevices);
        peerDevices = peerDevices.stream().sorted(Comparator.comparingInt(PeerDeviceStatus::volume)).toList();
    }
}
