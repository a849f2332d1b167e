package dev.berth.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The connection half of drbdadm 9.22's adjust ({@code adjust_net}, {@code adjust_paths},
 * {@code adjust_peer_devices}): peers only in the kernel are deleted, new ones are created with
 * their path and connected, changed net options are re-set with {@code --set-defaults} (a changed
 * transport needs del-peer/new-peer), moved paths are replaced, and StandAlone peers reconnect.
 */
final class AdjustNet {
    private AdjustNet() {}

    static void schedule(HostView view, Optional<RunningResource> running, AdjustSchedule schedule) {
        String name = view.resource.name();
        running.ifPresent(kernel -> kernel.connections().forEach(peer -> {
            boolean configured = view.connections.stream().anyMatch(c -> view.peer(c).nodeId() == peer.nodeId());
            if (!configured) schedule.add(AdjustSchedule.Stage.NET_PREP_DOWN, view.drbdsetup("del-peer", name, peer.nodeId()));
        }));
        for (Connection connection : view.connections) {
            HostConfig peer = view.peer(connection);
            Optional<RunningResource.Peer> kernel = running.flatMap(r -> r.peer(peer.nodeId()));
            if (kernel.isEmpty()) {
                newPeer(view, peer, schedule);
                newPath(view, connection, schedule);
                schedule.add(AdjustSchedule.Stage.NET_CONNECT, view.drbdsetup("connect", name, peer.nodeId()));
                for (VolumeConfig volume : view.local.volumes()) schedulePeerDevice(view, peer, volume, schedule, true);
                continue;
            }
            boolean connect = kernel.get().standAlone();
            boolean replacePath = false;
            Map<String, String> net = view.netOptionMap(peer);
            if (!OptionComparison.equal(OptionCatalogue.NET, net, kernel.get().netOptions(), Set.of())) {
                if (!OptionComparison.equal(OptionCatalogue.NET, "transport", net, kernel.get().netOptions())) {
                    // The transport cannot change on a live connection: del-peer disconnects implicitly.
                    schedule.add(AdjustSchedule.Stage.NET_PREP_DOWN, view.drbdsetup("del-peer", name, peer.nodeId()));
                    newPeer(view, peer, schedule);
                    replacePath = true;
                    connect = true;
                    for (VolumeConfig volume : view.local.volumes()) schedulePeerDevice(view, peer, volume, schedule, true);
                } else {
                    net.remove("transport");
                    List<String> args = new ArrayList<>(List.of(name, Integer.toString(peer.nodeId()), "--set-defaults"));
                    args.addAll(HostView.flags(net));
                    schedule.add(AdjustSchedule.Stage.NET, view.drbdsetup("net-options", args.toArray()));
                }
            }
            if (replacePath) newPath(view, connection, schedule);
            else connect |= adjustPaths(view, connection, peer, kernel.get(), schedule);
            if (connect) schedule.add(AdjustSchedule.Stage.NET_CONNECT, view.drbdsetup("connect", name, peer.nodeId()));
            for (VolumeConfig volume : view.local.volumes()) {
                boolean known = running.orElseThrow().volume(volume.number()).isPresent();
                Map<String, String> kernelOptions = kernel.get().peerDeviceOptions().getOrDefault(volume.number(), Map.of());
                if (!known) schedulePeerDevice(view, peer, volume, schedule, true);
                else if (!OptionComparison.equal(OptionCatalogue.PEER_DEVICE, view.peerDeviceOptionMap(peer, volume), kernelOptions, Set.of())) {
                    schedulePeerDevice(view, peer, volume, schedule, false);
                }
            }
        }
    }

    /** A path whose addresses are not in the kernel is added; a kernel path not in the file is deleted, disconnecting first if it was the last. */
    private static boolean adjustPaths(HostView view, Connection connection, HostConfig peer, RunningResource.Peer kernel, AdjustSchedule schedule) {
        String local = connection.endpointOf(view.local.hostname()).drbdsetupForm();
        String remote = connection.peerOf(view.local.hostname()).drbdsetupForm();
        boolean seen = false;
        if (kernel.paths().stream().noneMatch(p -> p.local().equals(local) && p.remote().equals(remote))) {
            newPath(view, connection, schedule);
        } else {
            seen = true;
        }
        boolean delete = false;
        for (RunningResource.Path path : kernel.paths()) {
            if (seen && path.local().equals(local) && path.remote().equals(remote)) continue;
            schedule.add(AdjustSchedule.Stage.NET_PREP_DOWN, view.drbdsetup("del-path", view.resource.name(), peer.nodeId(), path.local(), path.remote()));
            delete = true;
        }
        if (kernel.paths().size() == 1 && delete) {
            // Deleting the last path fails while the connection is Connecting.
            if (!kernel.standAlone()) schedule.add(AdjustSchedule.Stage.NET_DISCONNECT, view.drbdsetup("disconnect", view.resource.name(), peer.nodeId()));
            return true;
        }
        return false;
    }

    private static void newPeer(HostView view, HostConfig peer, AdjustSchedule schedule) {
        List<String> args = new ArrayList<>(List.of(view.resource.name(), Integer.toString(peer.nodeId())));
        args.addAll(HostView.flags(view.netOptionMap(peer)));
        schedule.add(AdjustSchedule.Stage.NET_PREP_UP, view.drbdsetup("new-peer", args.toArray()));
    }

    private static void newPath(HostView view, Connection connection, AdjustSchedule schedule) {
        String local = view.local.hostname();
        schedule.add(AdjustSchedule.Stage.NET_PATH, view.drbdsetup("new-path", view.resource.name(), view.peer(connection).nodeId(),
                connection.endpointOf(local).drbdsetupForm(), connection.peerOf(local).drbdsetupForm()));
    }

    /** peer-device-options with --set-defaults; "once" entries (SCHEDULE_ONCE) only when there are options to set. */
    static void schedulePeerDevice(HostView view, HostConfig peer, VolumeConfig volume, AdjustSchedule schedule, boolean once) {
        Map<String, String> options = view.peerDeviceOptionMap(peer, volume);
        if (once && options.isEmpty()) return;
        List<String> args = new ArrayList<>(List.of(view.resource.name(), Integer.toString(peer.nodeId()),
                Integer.toString(volume.number()), "--set-defaults"));
        args.addAll(HostView.flags(options));
        String key = "peer-device-options|" + peer.nodeId() + "|" + volume.number();
        if (once) schedule.addOnce(AdjustSchedule.Stage.PEER_DEVICE, key, view.drbdsetup("peer-device-options", args.toArray()));
        else schedule.addKeyed(AdjustSchedule.Stage.PEER_DEVICE, key, view.drbdsetup("peer-device-options", args.toArray()));
    }
}
