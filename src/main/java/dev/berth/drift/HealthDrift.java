package dev.berth.drift;

import dev.berth.model.Address;
import dev.berth.observed.ConnectionState;
import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.DiskState;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ReplicationState;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.SuspendReason;
import dev.berth.observed.UnreachableHost;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Health from the live DRBD status of Berth's resources, on each host that answered: a replica
 * not UpToDate, a peer not connected (split brain when both sides stand alone), lost quorum,
 * suspended I/O, out-of-sync blocks; and every host that did not answer. A plan cannot fix these,
 * so the action is the DRBD command, with a pointer to DRBD's guide where a choice is needed.
 */
final class HealthDrift {
    static final String GUIDE = "https://linbit.com/drbd-user-guide/drbd-guide-9_0-en/";
    private final DriftContext context;

    HealthDrift(DriftContext context) { this.context = context; }

    void collect() {
        for (UnreachableHost host : context.observed.unreachable()) {
            String why = host.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            context.add(DriftKind.HEALTH, Address.node(host.node()), "reachable", "answers discovery",
                    (why.equals("unreachable") ? "unreachable: " : "unreachable (" + why + "): ") + host.message(),
                    "check the host, its network and SSH access; its replicas were not checked");
        }
        for (ReachableHost host : context.observed.reachable()) {
            Set<String> managed = managed(host);
            for (ResourceStatus status : host.inventory().drbd().status().value().orElse(List.of())) {
                if (!(managed.contains(status.name()) || context.desired.resources().containsKey(status.name())) || !context.options.targets(Address.drbd(status.name(), host.node()))) continue;
                resource(host, status);
            }
        }
    }

    /** Resources of the stack, and those Berth wrote here (orphans are still Berth's). */
    private Set<String> managed(ReachableHost host) {
        Set<String> names = new java.util.HashSet<>();
        OptionDrift.files(host).stream().filter(f -> f.writtenByBerth()).map(f -> f.fileName().replaceFirst("\\.res$", "")).forEach(names::add);
        return names;
    }

    private void resource(ReachableHost host, ResourceStatus status) {
        Address address = Address.drbd(status.name(), host.node());
        String name = status.name();
        for (DeviceStatus device : status.devices()) disk(address, status, device);
        for (ConnectionStatus connection : status.connections()) {
            connection(host, address, status, connection);
            for (PeerDeviceStatus peer : connection.peerDevices()) outOfSync(address, connection, peer);
        }
        if (!status.hasQuorum()) {
            context.add(DriftKind.HEALTH, address, "quorum", "quorum", "quorum lost: too few replicas are connected",
                    "bring the missing replicas back (see this resource's connection items); " + GUIDE + "#s-feature-quorum");
        }
        if (status.suspended()) {
            boolean quorum = status.suspendedFor().contains(SuspendReason.QUORUM);
            String reasons = status.suspendedFor().isEmpty() ? "" : " (" + status.suspendedFor().stream()
                    .map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")) + ")";
            context.add(DriftKind.HEALTH, address, "suspended", "I/O running", "I/O suspended" + reasons,
                    (quorum ? "restore quorum first; then " : "") + "on " + host.node() + ": drbdadm resume-io " + name);
        }
    }

    private void disk(Address address, ResourceStatus status, DeviceStatus device) {
        if (device.client() || device.diskState().is(DiskState.UP_TO_DATE)) return;
        String field = "disk-state" + (status.devices().size() > 1 ? " volume " + device.volume() : "");
        String state = device.diskState().text();
        Optional<PeerDeviceStatus> resync = status.connections().stream().flatMap(c -> c.peerDevices().stream())
                .filter(p -> p.volume() == device.volume() && p.replicationState().value().isResync()).findFirst();
        String host = address.node().orElseThrow();
        if (resync.isPresent()) {
            context.add(DriftKind.HEALTH, address, field, "UpToDate", state + ", resync running"
                    + resync.get().percentResyncDone().map(p -> " (" + p.toPlainString() + "% done)").orElse(""),
                    "wait for the resync to finish (on " + host + ": drbdadm status " + status.name() + ")");
        } else if (device.diskState().is(DiskState.DISKLESS)) {
            context.add(DriftKind.HEALTH, address, field, "UpToDate", "Diskless: the backing disk is detached or failed",
                    "on " + host + ": drbdadm attach " + status.name() + " (check the backing volume first)");
        } else {
            context.add(DriftKind.HEALTH, address, field, "UpToDate", state,
                    "reconnect it to an UpToDate peer (on " + host + ": drbdadm adjust " + status.name() + "); " + GUIDE);
        }
    }

    private void connection(ReachableHost host, Address address, ResourceStatus status, ConnectionStatus connection) {
        if (connection.connectionState().is(ConnectionState.CONNECTED)) return;
        String field = "connection " + connection.name();
        String state = connection.connectionState().text();
        String resource = status.name();
        if (connection.connectionState().is(ConnectionState.STAND_ALONE) && standsAloneToo(connection.name(), resource, status.nodeId())) {
            context.add(DriftKind.HEALTH, address, field, "Connected", "StandAlone on both sides: split brain",
                    "choose the victim whose changes are discarded; on the victim: drbdadm disconnect " + resource
                            + " then drbdadm connect --discard-my-data " + resource + ":<survivor>; on the survivor: drbdadm connect "
                            + resource + ":<victim>; " + GUIDE + "#s-resolve-split-brain");
        } else if (connection.connectionState().is(ConnectionState.STAND_ALONE)) {
            context.add(DriftKind.HEALTH, address, field, "Connected", "StandAlone: disconnected on this side",
                    "on " + host.node() + ": drbdadm connect " + resource + ":" + connection.name());
        } else if (standsAloneToo(connection.name(), resource, status.nodeId())) {
            String peer = nodeOf(connection.name());
            context.add(DriftKind.HEALTH, address, field, "Connected", state + ": " + peer + " stands alone towards this replica",
                    "on " + peer + ": drbdadm connect " + resource + ":" + hostname(host));
        } else if (isDown(connection.name(), resource)) {
            String peer = nodeOf(connection.name());
            context.add(DriftKind.HEALTH, address, field, "Connected", state + ": the replica on " + peer + " is down",
                    "on " + peer + ": drbdadm up " + resource);
        } else {
            context.add(DriftKind.HEALTH, address, field, "Connected", state + ": the peer does not answer",
                    "check " + connection.name() + " and the replication network; if the replica is down there: drbdadm up " + resource);
        }
    }

    private void outOfSync(Address address, ConnectionStatus connection, PeerDeviceStatus peer) {
        if (!peer.replicationState().is(ReplicationState.ESTABLISHED) || peer.outOfSync().bytes() == 0) return;
        String resource = address.name();
        context.add(DriftKind.HEALTH, address, "out-of-sync " + connection.name() + " volume " + peer.volume(), "in sync",
                peer.outOfSync().human() + " out of sync", "resync the blocks: on " + address.node().orElseThrow() + ": drbdadm disconnect "
                        + resource + ":" + connection.name() + " then drbdadm connect " + resource + ":" + connection.name());
    }

    /** Whether the peer (by its host name) stands alone towards this node-id: with this side standing alone too, a split brain. */
    private boolean standsAloneToo(String peerHostname, String resource, int nodeId) {
        return peer(peerHostname).flatMap(h -> h.inventory().drbd().status().value().orElse(List.of()).stream())
                .filter(s -> s.name().equals(resource)).flatMap(s -> s.connection(nodeId).stream())
                .anyMatch(c -> c.connectionState().is(ConnectionState.STAND_ALONE));
    }

    /** Whether the peer answered and its status lists no such resource: it was taken down there. */
    private boolean isDown(String peerHostname, String resource) {
        return peer(peerHostname).anyMatch(h -> h.inventory().drbd().status().value()
                .map(list -> list.stream().noneMatch(s -> s.name().equals(resource))).orElse(false));
    }

    /** The reachable host a DRBD connection names (by {@code uname -n}, or by node name when they agree). */
    private java.util.stream.Stream<ReachableHost> peer(String peerHostname) {
        return context.observed.reachable().stream().filter(h -> hostname(h).equals(peerHostname));
    }

    private String hostname(ReachableHost host) {
        return host.facts().hostname().orElse(Optional.ofNullable(context.desired.nodes().get(host.node())).map(n -> n.hostname())
                .orElse(host.node()));
    }

    /** The node name for a DRBD host name, for actions that say where to run a command. */
    private String nodeOf(String peerHostname) { return peer(peerHostname).map(ReachableHost::node).findFirst().orElse(peerHostname); }
}
