package dev.berth.sim.drbd;

import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimLab;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One host's part in a resource, as the cross-host settling sees it: the host, its DRBD state,
 * the resource in its kernel and whether the host is down. Peers are found the way DRBD finds
 * them: by the remote address of a connection's path (the lab host that owns it) and the node-id.
 */
final class Member {
    final SimHost host;
    final DrbdState state;
    final ResourceState resource;
    final boolean down;

    private Member(SimHost host, DrbdState state, ResourceState resource, boolean down) {
        this.host = host;
        this.state = state;
        this.resource = resource;
        this.down = down;
    }

    /** Every lab host with a DRBD module that has {@code name} in its kernel, in node order. */
    static List<Member> of(SimLab lab, String name) {
        var members = new ArrayList<Member>();
        for (String node : lab.nodes()) {
            SimHost host = lab.host(node);
            if (host.versions().drbdKernel().isEmpty()) continue;
            DrbdState state = DrbdTool.state(host);
            state.resource(name).ifPresent(resource -> members.add(new Member(host, state, resource, host.isDown())));
        }
        return members;
    }

    /** This host's own part, for code that works on one host but needs the member helpers. */
    static Member self(SimHost host, DrbdState state, ResourceState resource) {
        return new Member(host, state, resource, host.isDown());
    }

    /** The member at the other end of {@code connection}, if it runs the resource with that node-id. */
    Optional<Member> peer(List<Member> members, ConnectionState connection) {
        for (ConnectionState.PathState path : connection.paths) {
            if (!PathAddress.valid(path.remote)) continue;
            String address = PathAddress.parse(path.remote).address();
            for (Member member : members) {
                if (member != this && member.host.address().equals(address) && member.resource.nodeId == connection.peerNodeId) {
                    return Optional.of(member);
                }
            }
        }
        return Optional.empty();
    }

    Optional<MetadataState> metadata(VolumeState volume) { return state.metadataOf(volume); }

    /** The backing device of an attached volume, found by its identity. */
    Optional<BlockDevice> backing(VolumeState volume) {
        if (!volume.attached()) return Optional.empty();
        return host.devices().all().stream().filter(d -> d.identity().equals(volume.backingIdentity)).findFirst();
    }

    String name() { return host.hostname(); }
}
