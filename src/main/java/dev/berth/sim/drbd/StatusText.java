package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.LabClock;

/**
 * {@code drbdsetup status} (and {@code drbdadm status}) in drbd-utils 9.22's text form for a
 * caller without a terminal: resource and role, each disk (with "client:" when diskless), each
 * connection with its role when connected or its state when not, and per connected peer the
 * peer disk, the replication state beyond Established and the resync's "done:" percentage.
 */
final class StatusText {
    private StatusText() {}

    static CommandResult render(DrbdState state, LabClock clock, SetupArguments args) {
        String name = args.positional(0).isEmpty() ? "all" : args.positional(0);
        if (state.resources.isEmpty()) {
            String none = "# No currently configured DRBD found.\n";
            return name.equals("all") ? CommandResult.ok(none) : new CommandResult(10, none, name + ": No such resource\n");
        }
        long now = clock.now().toEpochMilli();
        WrapPrinter out = new WrapPrinter();
        boolean found = false;
        for (ResourceState resource : state.resources.values()) {
            if (!name.equals("all") && !name.equals(resource.name)) continue;
            found = true;
            resource(out, state, resource, now);
        }
        if (!found && !name.equals("all")) return new CommandResult(10, out.text(), name + ": No such resource\n");
        return CommandResult.ok(out.text());
    }

    private static void resource(WrapPrinter out, DrbdState state, ResourceState resource, long now) {
        out.print(0, resource.name).print(4, " role:" + resource.role);
        if (resource.suspendedUser || resource.suspendedQuorum) {
            out.print(4, " suspended:" + (resource.suspendedUser ? (resource.suspendedQuorum ? "user,quorum" : "user") : "quorum"));
        }
        out.print(0, "\n");
        boolean single = resource.volumes.size() == 1;
        for (VolumeState volume : resource.volumes) {
            int indent = 2;
            if (!(single && volume.volume == 0)) {
                out.print(2, "volume:" + volume.volume);
                indent = 6;
            }
            out.print(indent, " disk:" + volume.diskState);
            if (volume.diskState.equals("Diskless")) out.print(indent, " client:" + (volume.intentionalDiskless ? "yes" : "no"));
            if (!volume.quorum) out.print(indent, " quorum:no");
            out.print(6, "\n");
        }
        for (ConnectionState connection : Statistics.ordered(resource)) {
            out.print(2, connection.peerName());
            if (!connection.connected()) out.print(6, " connection:" + connection.state);
            else out.print(6, " role:" + connection.peerRole);
            out.print(0, "\n");
            if (!connection.connected()) continue;
            for (PeerVolumeState peer : Statistics.ordered(connection)) peerVolume(out, state, resource, connection, peer, single, now);
        }
        out.print(0, "\n");
    }

    private static void peerVolume(WrapPrinter out, DrbdState state, ResourceState resource, ConnectionState connection,
                                   PeerVolumeState peer, boolean single, long now) {
        int indent = 4;
        if (!(single && peer.volume == 0)) {
            out.print(4, "volume:" + peer.volume);
            indent = 8;
        }
        if (!peer.replication.equals("Off") && !peer.replication.equals("Established")) {
            out.print(indent, " replication:" + peer.replication);
            indent = 8;
        }
        if (!peer.replication.equals("Off") || !peer.peerDiskState.equals("DUnknown")) {
            out.print(indent, " peer-disk:" + peer.peerDiskState);
            if (peer.peerDiskState.equals("Diskless")) out.print(indent, " peer-client:" + (peer.peerClient ? "yes" : "no"));
            indent = 8;
            Statistics stats = Statistics.of(state, resource, connection, peer, now);
            if (stats.details()) out.print(indent, " done:" + PrintfNumbers.fixed(stats.percentDone(), 2));
        }
        out.print(0, "\n");
    }
}
