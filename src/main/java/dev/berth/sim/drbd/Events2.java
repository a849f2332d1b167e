package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.LabClock;
import java.util.Set;

/**
 * {@code drbdsetup events2 --now}: the initial state as "exists" lines in drbd-utils 9.22's order
 * and fields (drbdsetup_events2.c print_changes: resource, connections, devices, then per
 * connection its peer devices and paths), ended by {@code exists -}. The stream that follows in
 * real life is not simulated; nor are --statistics and --timestamps.
 */
final class Events2 {
    private Events2() {}

    static CommandResult render(DrbdState state, LabClock clock, SetupArguments args) {
        if (!Set.of("now").containsAll(args.options.keySet())) return Answers.notImplemented("drbdsetup", "events2 with " + args.options.keySet());
        String name = args.positional(0).isEmpty() ? "all" : args.positional(0);
        long now = clock.now().toEpochMilli();
        StringBuilder out = new StringBuilder();
        for (ResourceState resource : state.resources.values()) {
            if (!name.equals("all") && !name.equals(resource.name)) continue;
            Promotion promotion = Promotion.of(resource);
            out.append("exists resource name:").append(resource.name).append(" role:").append(resource.role)
                    .append(" suspended:").append(resource.suspendedQuorum ? "quorum" : "no").append(" force-io-failures:no")
                    .append(" may_promote:").append(promotion.mayPromote() ? "yes" : "no")
                    .append(" promotion_score:").append(promotion.score()).append('\n');
            var connections = Statistics.ordered(resource);
            for (ConnectionState connection : connections) {
                out.append("exists connection name:").append(resource.name).append(peer(connection)).append(" connection:")
                        .append(connection.state).append(" role:").append(connection.peerRole).append('\n');
            }
            for (VolumeState volume : resource.volumes) {
                out.append("exists device name:").append(resource.name).append(" volume:").append(volume.volume).append(" minor:")
                        .append(volume.minor).append(" backing_dev:").append(volume.attached() ? volume.backingDisk : "none")
                        .append(" disk:").append(volume.diskState).append(" client:").append(volume.intentionalDiskless ? "yes" : "no")
                        .append(" quorum:").append(volume.quorum ? "yes" : "no").append('\n');
            }
            for (ConnectionState connection : connections) {
                for (PeerVolumeState peer : Statistics.ordered(connection)) {
                    out.append("exists peer-device name:").append(resource.name).append(peer(connection)).append(" volume:").append(peer.volume)
                            .append(" replication:").append(peer.replication).append(" peer-disk:").append(peer.peerDiskState)
                            .append(" peer-client:").append(peer.peerClient ? "yes" : "no").append(" resync-suspended:no");
                    Statistics stats = Statistics.of(state, resource, connection, peer, now);
                    if (stats.details()) out.append(" done:").append(PrintfNumbers.fixed(stats.percentDone(), 2));
                    out.append('\n');
                }
                for (ConnectionState.PathState path : connection.paths) {
                    out.append("exists path name:").append(resource.name).append(peer(connection)).append(" local:").append(path.local)
                            .append(" peer:").append(path.remote).append(" established:").append(connection.connected() ? "yes" : "no").append('\n');
                }
            }
        }
        out.append("exists -\n");
        return CommandResult.ok(out.toString());
    }

    private static String peer(ConnectionState connection) {
        return " peer-node-id:" + connection.peerNodeId + " conn-name:" + connection.peerName();
    }
}
