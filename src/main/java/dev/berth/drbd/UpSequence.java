package dev.berth.drbd;

import dev.berth.model.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands of {@code drbdadm up} (and of {@code adjust} on a resource the kernel does not
 * know yet), in drbdadm's stage order: resource, minors, peers, paths, peer-device options,
 * attach, connect. Attach alone is {@code drbdmeta apply-al} followed by {@code drbdsetup attach}.
 */
final class UpSequence {
    private UpSequence() {}

    /** {@code adjust} differs from {@code up} only by resetting peer-device options to defaults first. */
    static List<Command> up(HostView view, boolean adjust) {
        var commands = new ArrayList<Command>();
        String name = view.resource.name();
        commands.add(view.drbdsetup("new-resource", with(List.of(name, Integer.toString(view.local.nodeId())), view.resourceOptions())));
        for (VolumeConfig volume : view.local.volumes()) {
            List<String> args = new ArrayList<>(List.of(name, Integer.toString(volume.minor()), Integer.toString(volume.number())));
            if (volume.isDiskless()) args.add("--diskless");
            commands.add(view.drbdsetup("new-minor", args.toArray()));
        }
        for (Connection connection : view.connections) {
            HostConfig peer = view.peer(connection);
            List<String> args = new ArrayList<>(List.of(name, Integer.toString(peer.nodeId()), "--_name=" + peer.hostname()));
            args.addAll(view.netOptions());
            commands.add(view.drbdsetup("new-peer", args.toArray()));
        }
        for (Connection connection : view.connections) {
            String local = view.local.hostname();
            commands.add(view.drbdsetup("new-path", name, view.peer(connection).nodeId(),
                    connection.endpointOf(local).drbdsetupForm(), connection.peerOf(local).drbdsetupForm()));
        }
        for (Connection connection : view.connections) {
            HostConfig peer = view.peer(connection);
            for (VolumeConfig volume : view.local.volumes()) {
                List<String> options = view.peerDeviceOptions(peer, volume);
                if (options.isEmpty()) continue;
                List<String> args = new ArrayList<>(List.of(name, Integer.toString(peer.nodeId()), Integer.toString(volume.number())));
                if (adjust) args.add("--set-defaults");
                args.addAll(options);
                commands.add(view.drbdsetup("peer-device-options", args.toArray()));
            }
        }
        for (VolumeConfig volume : view.local.volumes()) {
            if (!volume.isDiskless()) commands.addAll(attach(view, volume));
        }
        for (Connection connection : view.connections) {
            commands.add(view.drbdsetup("connect", name, view.peer(connection).nodeId()));
        }
        return commands;
    }

    /** apply-al replays the activity log left by a crash before the kernel takes the disk. */
    static List<Command> attach(HostView view, VolumeConfig volume) {
        String disk = volume.backingDisk().orElseThrow();
        List<String> args = new ArrayList<>(List.of(Integer.toString(volume.minor()), disk, disk, "internal"));
        args.addAll(view.diskOptions());
        return List.of(view.drbdmeta(volume, "apply-al"), view.drbdsetup("attach", args.toArray()));
    }

    private static Object[] with(List<String> first, List<String> rest) {
        var all = new ArrayList<String>(first);
        all.addAll(rest);
        return all.toArray();
    }
}
