package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.List;
import java.util.Optional;

/**
 * drbdsetup's verbs on a volume's data: {@code new-current-uuid} (drbd_adm_new_c_uuid: with
 * --clear-bitmap or --force-resync only on fresh metadata, where connected peers skip or take the
 * initial sync; otherwise only while disconnected, "Need to be StandAlone"), {@code resize} (see
 * {@link Resize}) and {@code check-resize}, which only records sizes.
 */
final class DataVerbs {
    private DataVerbs() {}

    static CommandResult run(SimHost host, String verb, SetupArguments args) {
        DrbdState state = DrbdTool.state(host);
        String minorText = args.positional(0);
        Optional<ResourceState> resource = args.number(0).flatMap(state::resourceOfMinor);
        if (resource.isEmpty()) return KernelAnswers.failure(minorText, KernelAnswers.ERR_MINOR_INVALID);
        VolumeState volume = state.minor(args.number(0).get()).orElseThrow();
        if (verb.equals("check-resize")) return CommandResult.ok("");
        if (!volume.attached()) return KernelAnswers.failure(minorText, KernelAnswers.ERR_NO_DISK);
        Settle.resource(host.lab(), resource.get().name);
        CommandResult result = verb.equals("resize") ? Resize.run(host, resource.get(), volume, args)
                : newCurrentUuid(host, resource.get(), volume, args.flag("clear-bitmap"), args.flag("force-resync"));
        if (result.succeeded()) Settle.resource(host.lab(), resource.get().name);
        return result;
    }

    private static CommandResult newCurrentUuid(SimHost host, ResourceState resource, VolumeState volume, boolean clear, boolean force) {
        List<Member> members = Member.of(host.lab(), resource.name);
        Member self = members.stream().filter(m -> m.resource == resource).findFirst().orElseThrow();
        MetadataState metadata = self.metadata(volume).orElseThrow();
        for (ConnectionState connection : resource.connections) {
            String replication = connection.peerVolume(volume.volume).map(p -> p.replication).orElse("Off");
            boolean skipsInitialSync = (clear || force) && replication.equals("Established") && metadata.justCreated();
            if (!skipsInitialSync && !replication.equals("Off")) {
                return KernelAnswers.failure(Integer.toString(volume.minor), KernelAnswers.ERR_CONNECTED);
            }
        }
        long previous = metadata.currentUuid;
        metadata.rotate(Identifiers.next(host));
        // what disconnected peers miss from now on is measured from the previous generation
        metadata.peers.values().stream().filter(s -> s.bitmapIndex >= 0 && !s.connected && s.bitmapUuid == 0)
                .forEach(s -> s.bitmapUuid = previous);
        if (force) {
            DiskStates.set(volume, Optional.of(metadata), "UpToDate");
            Roles.syncToConnectedPeers(members, self, volume.volume, host.clock().now().toEpochMilli(), host.lab().syncRate());
        } else if (clear) {
            DiskStates.set(volume, Optional.of(metadata), "UpToDate");
            for (ConnectionState connection : resource.connections) {
                if (!connection.connected()) continue;
                self.peer(members, connection).ifPresent(peer -> peer.resource.volume(volume.volume).filter(VolumeState::attached)
                        .ifPresent(theirs -> peer.metadata(theirs).ifPresent(md -> {
                            md.currentUuid = metadata.currentUuid;
                            md.history = new java.util.ArrayList<>(metadata.history);
                            md.slot(resource.nodeId).bitmapUuid = 0;
                            DiskStates.set(theirs, Optional.of(md), "UpToDate");
                        })));
                metadata.slot(connection.peerNodeId).bitmapUuid = 0;
            }
        }
        return CommandResult.ok("");
    }
}
