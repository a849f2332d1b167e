package dev.berth.sim.drbd;

import java.util.TreeMap;

/**
 * One minor as seen over one connection: peer-device options, the replication state, what the
 * peer's disk is, and the resync in progress, if any (both ends hold the same record).
 */
public final class PeerVolumeState {
    public int volume;
    public TreeMap<String, String> options = new TreeMap<>();
    public String replication = "Off";
    public String peerDiskState = "DUnknown";
    public boolean peerClient;
    public ResyncState resync;
}
