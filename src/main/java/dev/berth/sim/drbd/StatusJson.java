package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.LabClock;

/**
 * {@code drbdsetup status --json} byte for byte as drbd-utils 9.22 prints it (drbdsetup.c
 * status_cmd, resource/device/connection/peer_device_status_json): its printf layout with the
 * odd {@code " ]"} closings, %.2f numbers, and the fields of that version (no "open", "tls" or
 * "paths", which later drbd-utils added). An unknown resource is exit 10, "No such resource".
 */
final class StatusJson {
    private StatusJson() {}

    static CommandResult render(DrbdState state, LabClock clock, String object) {
        String name = object.isEmpty() ? "all" : object;
        long now = clock.now().toEpochMilli();
        StringBuilder out = new StringBuilder("[\n");
        boolean first = true;
        for (ResourceState resource : state.resources.values()) {
            if (!name.equals("all") && !name.equals(resource.name)) continue;
            if (!first) out.append(",\n");
            first = false;
            resource(out, state, resource, now);
        }
        out.append("]\n\n");
        if (first && !name.equals("all")) return new CommandResult(10, out.toString(), name + ": No such resource\n");
        return CommandResult.ok(out.toString());
    }

    private static void resource(StringBuilder out, DrbdState state, ResourceState resource, long now) {
        boolean suspended = resource.suspendedUser || resource.suspendedQuorum;
        out.append("{\n  \"name\": \"").append(resource.name).append("\",\n  \"node-id\": ").append(resource.nodeId)
                .append(",\n  \"role\": \"").append(resource.role).append("\",\n  \"suspended\": ").append(suspended)
                .append(",\n  \"suspended-user\": ").append(resource.suspendedUser).append(",\n  \"suspended-no-data\": false")
                .append(",\n  \"suspended-fencing\": false,\n  \"suspended-quorum\": ").append(resource.suspendedQuorum)
                .append(",\n  \"force-io-failures\": false,\n  \"write-ordering\": \"").append(Statistics.writeOrdering(resource))
                .append("\",\n  \"devices\": [\n");
        for (int i = 0; i < resource.volumes.size(); i++) {
            if (i > 0) out.append(",\n");
            device(out, resource.volumes.get(i));
        }
        out.append(" ],\n  \"connections\": [\n");
        var connections = Statistics.ordered(resource);
        for (int i = 0; i < connections.size(); i++) {
            if (i > 0) out.append(",\n");
            connection(out, state, resource, connections.get(i), now);
        }
        out.append(" ]\n}\n");
    }

    private static void device(StringBuilder out, VolumeState volume) {
        out.append("    {\n      \"volume\": ").append(volume.volume).append(",\n      \"minor\": ").append(volume.minor)
                .append(",\n      \"disk-state\": \"").append(volume.diskState).append("\",\n      \"client\": ").append(volume.intentionalDiskless)
                .append(",\n      \"quorum\": ").append(volume.quorum).append(",\n      \"size\": ").append(volume.sizeSectors / 2)
                .append(",\n      \"read\": 0,\n      \"written\": 0,\n      \"al-writes\": 0,\n      \"bm-writes\": 0")
                .append(",\n      \"upper-pending\": 0,\n      \"lower-pending\": 0\n    }");
    }

    private static void connection(StringBuilder out, DrbdState state, ResourceState resource, ConnectionState connection, long now) {
        out.append("    {\n      \"peer-node-id\": ").append(connection.peerNodeId).append(",\n      \"name\": \"").append(connection.peerName())
                .append("\",\n      \"connection-state\": \"").append(connection.state).append("\", \n      \"congested\": false")
                .append(",\n      \"peer-role\": \"").append(connection.peerRole).append("\",\n      \"ap-in-flight\": 0")
                .append(",\n      \"rs-in-flight\": 0,\n      \"peer_devices\": [\n");
        var peerVolumes = Statistics.ordered(connection);
        for (int i = 0; i < peerVolumes.size(); i++) {
            if (i > 0) out.append(",\n");
            long size = resource.volume(peerVolumes.get(i).volume).map(v -> v.sizeSectors).orElse(0L);
            peerDevice(out, peerVolumes.get(i), Statistics.of(state, resource, connection, peerVolumes.get(i), now), size);
        }
        out.append(" ]\n    }");
    }

    private static void peerDevice(StringBuilder out, PeerVolumeState peer, Statistics stats, long size) {
        out.append("        {\n          \"volume\": ").append(peer.volume).append(",\n          \"replication-state\": \"")
                .append(peer.replication).append("\",\n          \"peer-disk-state\": \"").append(peer.peerDiskState)
                .append("\",\n          \"peer-client\": ").append(peer.peerClient).append(",\n          \"resync-suspended\": \"no\"")
                .append(",\n          \"received\": 0,\n          \"sent\": 0,\n          \"out-of-sync\": ").append(stats.outOfSync / 2)
                .append(",\n          \"pending\": 0,\n          \"unacked\": 0,\n          \"has-sync-details\": ").append(stats.details())
                .append(",\n          \"has-online-verify-details\": false,\n          \"percent-in-sync\": ")
                .append(PrintfNumbers.fixed(stats.percentInSync(size), 2)).append(stats.details() ? ",\n" : "\n");
        if (stats.details()) ResyncJson.append(out, stats);
        out.append("        }");
    }
}
