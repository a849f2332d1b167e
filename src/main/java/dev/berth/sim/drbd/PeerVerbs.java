package dev.berth.sim.drbd;

import dev.berth.drbd.OptionCatalogue;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.Optional;
import java.util.Set;

/**
 * drbdsetup's peer verbs: {@code new-peer} (a StandAlone connection with a peer volume per minor),
 * {@code del-peer}, {@code forget-peer} (frees the peer's bitmap slot; refused while the
 * connection exists, "Device has a net-config"), {@code net-options} and
 * {@code peer-device-options} (turning a client's bitmap on needs a free slot).
 */
final class PeerVerbs {
    private PeerVerbs() {}

    static CommandResult run(SimHost host, String verb, SetupArguments args) {
        DrbdState state = DrbdTool.state(host);
        String name = args.positional(0);
        Optional<ResourceState> resource = state.resource(name);
        if (resource.isEmpty()) return KernelAnswers.failure(name, KernelAnswers.ERR_RES_NOT_KNOWN);
        Optional<Integer> peer = args.number(1);
        if (peer.isEmpty() || peer.get() < 0 || peer.get() > 31 || peer.get() == resource.get().nodeId) {
            return KernelAnswers.failure(name, KernelAnswers.ERR_INVALID_PEER_NODE_ID);
        }
        Optional<ConnectionState> connection = resource.get().connection(peer.get());
        CommandResult result;
        if (verb.equals("new-peer")) {
            if (connection.isPresent()) return KernelAnswers.failure(name, KernelAnswers.ERR_ALREADY_EXISTS);
            ConnectionState created = new ConnectionState();
            created.peerNodeId = peer.get();
            Optional<CommandResult> refused = OptionValues.apply(verb, OptionCatalogue.NET, args, created.netOptions, Set.of());
            if (refused.isPresent()) return refused.get();
            resource.get().volumes.forEach(v -> created.peerVolumes.add(peerVolume(v.volume)));
            resource.get().connections.add(created);
            result = CommandResult.ok("");
        } else if (verb.equals("forget-peer")) {
            if (connection.isPresent()) return KernelAnswers.failure(name, KernelAnswers.ERR_NET_CONFIGURED);
            resource.get().volumes.forEach(v -> state.metadataOf(v).ifPresent(md -> md.peers.remove(peer.get())));
            result = CommandResult.ok("");
        } else if (connection.isEmpty()) {
            return KernelAnswers.failure(name, KernelAnswers.ERR_INVALID_PEER_NODE_ID);
        } else if (verb.equals("del-peer")) {
            Handshake.lose(Member.self(host, state, resource.get()), connection.get(), host.clock().now().toEpochMilli());
            resource.get().connections.remove(connection.get());
            result = CommandResult.ok("");
        } else if (verb.equals("net-options")) {
            result = OptionValues.apply(verb, OptionCatalogue.NET, args, connection.get().netOptions, Set.of()).orElse(CommandResult.ok(""));
        } else {
            result = peerDeviceOptions(state, resource.get(), connection.get(), args);
        }
        if (result.succeeded()) Settle.resource(host.lab(), name);
        return result;
    }

    private static CommandResult peerDeviceOptions(DrbdState state, ResourceState resource, ConnectionState connection, SetupArguments args) {
        Optional<PeerVolumeState> peerVolume = args.number(2).flatMap(connection::peerVolume);
        if (peerVolume.isEmpty()) return KernelAnswers.failure(resource.name, KernelAnswers.ERR_MINOR_INVALID);
        Optional<CommandResult> refused = OptionValues.apply("peer-device-options", OptionCatalogue.PEER_DEVICE, args,
                peerVolume.get().options, Set.of());
        if (refused.isPresent()) return refused.get();
        Optional<MetadataState> metadata = resource.volume(peerVolume.get().volume).flatMap(state::metadataOf);
        if (metadata.isPresent() && Attach.wantsBitmap(connection, peerVolume.get().volume) && !metadata.get().allocateBitmap(connection.peerNodeId)) {
            return KernelAnswers.failure(resource.name, KernelAnswers.ERR_INVALID_REQUEST, "No bitmap slot available in meta-data");
        }
        return CommandResult.ok("");
    }

    static PeerVolumeState peerVolume(int volume) {
        PeerVolumeState peerVolume = new PeerVolumeState();
        peerVolume.volume = volume;
        return peerVolume;
    }
}
