package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.Optional;

/**
 * drbdsetup's path and connection verbs: {@code new-path}/{@code del-path} (a connection that is
 * trying to connect keeps its last path), {@code connect} (gives every diskful peer of an attached
 * volume a bitmap slot first, as drbd_adm_connect does; none free is "Invalid configuration
 * request") and {@code disconnect} (StandAlone; a StandAlone connection is fine).
 */
final class PathVerbs {
    private PathVerbs() {}

    static CommandResult run(SimHost host, String verb, SetupArguments args) {
        DrbdState state = DrbdTool.state(host);
        String name = args.positional(0);
        Optional<ResourceState> resource = state.resource(name);
        if (resource.isEmpty()) return KernelAnswers.failure(name, KernelAnswers.ERR_RES_NOT_KNOWN);
        Optional<ConnectionState> connection = args.number(1).flatMap(resource.get()::connection);
        if (connection.isEmpty()) return KernelAnswers.failure(name, KernelAnswers.ERR_INVALID_PEER_NODE_ID);
        ConnectionState peer = connection.get();
        CommandResult result = CommandResult.ok("");
        switch (verb) {
            case "new-path": case "del-path":
                String local = args.positional(2);
                String remote = args.positional(3);
                if (!PathAddress.valid(local) || !PathAddress.valid(remote)) {
                    return KernelAnswers.usage("drbdsetup " + verb + ": invalid address '" + (PathAddress.valid(local) ? remote : local) + "'");
                }
                boolean exists = peer.paths.stream().anyMatch(p -> p.local.equals(local) && p.remote.equals(remote));
                if (verb.equals("new-path")) {
                    if (exists) return KernelAnswers.failure(name, KernelAnswers.ERR_LOCAL_AND_PEER_ADDR);
                    peer.paths.add(new ConnectionState.PathState(local, remote));
                } else {
                    if (!exists || (peer.paths.size() == 1 && peer.connectRequested)) return KernelAnswers.failure(name, KernelAnswers.ERR_INVALID_REQUEST);
                    peer.paths.removeIf(p -> p.local.equals(local) && p.remote.equals(remote));
                }
                break;
            case "connect":
                for (VolumeState volume : resource.get().volumes) {
                    Optional<MetadataState> metadata = state.metadataOf(volume);
                    if (metadata.isPresent() && Attach.wantsBitmap(peer, volume.volume) && !metadata.get().allocateBitmap(peer.peerNodeId)) {
                        return KernelAnswers.failure(name, KernelAnswers.ERR_INVALID_REQUEST);
                    }
                }
                peer.connectRequested = true;
                peer.discardMyData = args.flag("discard-my-data");
                peer.dropReason = null;
                if (!peer.connected()) peer.state = "Connecting";
                break;
            default:
                peer.connectRequested = false;
                if (peer.connected()) Handshake.lose(Member.self(host, state, resource.get()), peer, host.clock().now().toEpochMilli());
                peer.state = "StandAlone";
        }
        Settle.resource(host.lab(), name);
        return result;
    }
}
