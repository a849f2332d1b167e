package dev.berth.sim.drbd;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which connections are up: both hosts up, both ends configured for each other (the node-ids
 * match), both asked to connect, a path whose ends mirror each other with the local address on
 * the host itself, and the same shared secret (a wrong one fails authentication and DRBD keeps
 * trying). A link that comes up handshakes; one that went away is lost.
 */
final class Links {
    private Links() {}

    static void update(List<Member> members, long now, long bytesPerSecond) {
        for (Member a : members) {
            for (ConnectionState toB : a.resource.connections) {
                Optional<Member> b = a.peer(members, toB);
                Optional<ConnectionState> toA = b.flatMap(peer -> peer.resource.connection(a.resource.nodeId));
                boolean up = b.isPresent() && toA.isPresent() && !a.down && !b.get().down
                        && toB.connectRequested && toA.get().connectRequested
                        && pathsMatch(a, toB, toA.get()) && sameSecret(toB, toA.get());
                if (up) {
                    if (!(toB.connected() && toA.get().connected())) Handshake.connect(a, toB, b.get(), toA.get(), now, bytesPerSecond);
                } else if (toB.connected()) {
                    Handshake.lose(a, toB, now);
                } else {
                    toB.state = toB.connectRequested ? "Connecting" : "StandAlone";
                }
            }
        }
    }

    private static boolean pathsMatch(Member a, ConnectionState toB, ConnectionState toA) {
        for (ConnectionState.PathState mine : toB.paths) {
            if (!PathAddress.valid(mine.local) || !PathAddress.parse(mine.local).address().equals(a.host.address())) continue;
            for (ConnectionState.PathState theirs : toA.paths) {
                if (mine.local.equals(theirs.remote) && mine.remote.equals(theirs.local)) return true;
            }
        }
        return false;
    }

    private static boolean sameSecret(ConnectionState one, ConnectionState other) {
        return Objects.equals(one.netOptions.get("shared-secret"), other.netOptions.get("shared-secret"))
                && Objects.equals(one.netOptions.get("cram-hmac-alg"), other.netOptions.get("cram-hmac-alg"));
    }
}
