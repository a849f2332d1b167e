package dev.berth.sim.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A connection to one peer: its node-id, net options in the kernel's form (with {@code _name}),
 * its paths, whether {@code connect} was asked for (until {@code disconnect} or a failed
 * handshake), the state the last settling found, the peer's role and one peer volume per minor.
 */
public final class ConnectionState {
    public int peerNodeId;
    public TreeMap<String, String> netOptions = new TreeMap<>();
    public List<PathState> paths = new ArrayList<>();
    public boolean connectRequested;
    /** {@code connect --discard-my-data}: after a split brain this end becomes the sync target. */
    public boolean discardMyData;
    /** StandAlone, Connecting or Connected. */
    public String state = "StandAlone";
    public String peerRole = "Unknown";
    /** Why the last handshake dropped the connection ("split-brain", "unrelated-data"), for the record. */
    public String dropReason;
    public List<PeerVolumeState> peerVolumes = new ArrayList<>();

    public String peerName() { return netOptions.getOrDefault("_name", ""); }

    public Optional<PeerVolumeState> peerVolume(int volume) {
        return peerVolumes.stream().filter(p -> p.volume == volume).findFirst();
    }

    public boolean connected() { return state.equals("Connected"); }

    /** One path; both ends in drbdsetup's form {@code ipv4:10.0.0.1:7000}. */
    public static final class PathState {
        public String local;
        public String remote;

        public PathState() {}

        public PathState(String local, String remote) {
            this.local = local;
            this.remote = remote;
        }
    }
}
