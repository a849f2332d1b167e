package dev.berth.drbd;

import dev.berth.model.Command;
import dev.berth.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Predicts the exact drbdsetup/drbdmeta lines that {@code drbdadm <verb>} (drbd-utils 9.22) runs
 * on one host for a resource file Berth wrote, checked against {@code drbdadm -d}. The planner
 * compiles steps with it and the simulator answers the same lines, so both rest on one truth.
 * Without a secret value the shared secret appears as its redacted placeholder (for display).
 */
public final class DrbdadmExpander {
    private DrbdadmExpander() {}

    public static Expansion expand(ResourceConfig resource, String hostname, VerbRequest request, Optional<Secret> secret) {
        if (!request.resource().equals(resource.name())) throw new IllegalArgumentException("the request names another resource");
        Optional<HostConfig> local = resource.host(hostname);
        if (local.isEmpty()) return new Expansion.Refused(1, "'" + resource.name() + "' not defined in your config (for this host).");
        secret.ifPresent(value -> {
            if (resource.sharedSecret().map(SecretReference::source).filter(value.source()::equals).isEmpty()) {
                throw new IllegalArgumentException("the secret from " + value.source() + " is not this resource's");
            }
        });
        var view = new HostView(resource, local.get(), secret);
        switch (request.verb().scope()) {
            case VOLUME: return volumeVerb(view, request);
            case CONNECTION: return connectionVerb(view, request);
            default: return resourceVerb(view, request);
        }
    }

    private static Expansion resourceVerb(HostView view, VerbRequest request) {
        String name = view.resource.name();
        switch (request.verb()) {
            case UP: return new Expansion.Commands(UpSequence.up(view, false));
            case ADJUST: return new Expansion.Commands(UpSequence.up(view, true));
            case DOWN: return one(view.drbdsetup("down", name));
            case SECONDARY: return one(view.drbdsetup("secondary", name));
            default:
                return request.flags().contains(VerbFlag.FORCE)
                        ? one(view.drbdsetup("primary", name, "--force"))
                        : one(view.drbdsetup("primary", name));
        }
    }

    private static Expansion volumeVerb(HostView view, VerbRequest request) {
        List<VolumeConfig> volumes = view.local.volumes();
        if (request.volume().isPresent()) {
            int number = request.volume().getAsInt();
            Optional<VolumeConfig> volume = view.local.volume(number);
            if (volume.isEmpty()) return new Expansion.Refused(1, "Resource '" + view.resource.name() + "' has no volume " + number);
            volumes = List.of(volume.get());
        } else if (request.verb() == DrbdadmVerb.NEW_CURRENT_UUID) {
            return new Expansion.Refused(1, "new-current-uuid requires a specific volume id, but none is specified.");
        }
        if (request.verb().needsLocalDisk() && volumes.stream().anyMatch(VolumeConfig::isDiskless)) {
            return new Expansion.Refused(10, "The " + request.verb().word() + " command requires a local disk, but the configuration gives none.");
        }
        var commands = new ArrayList<Command>();
        List<String> flags = request.orderedFlags().stream().map(VerbFlag::option).toList();
        for (VolumeConfig volume : volumes) {
            String minor = Integer.toString(volume.minor());
            switch (request.verb()) {
                case CREATE_MD:
                    // Without --max-peers drbdadm sizes the bitmap for the diskful peers in the file:
                    // a later extra replica would then need new metadata, so the planner passes it.
                    int slots = request.maxPeers().orElse(Math.max(1, diskfulPeers(view)));
                    commands.add(view.drbdmeta(volume, concat(List.of("create-md", Integer.toString(slots)), flags)));
                    break;
                case RESIZE:
                    commands.add(view.drbdsetup("resize", (Object[]) concat(List.of(minor), flags)));
                    commands.add(view.drbdsetup("check-resize", minor));
                    break;
                case NEW_CURRENT_UUID:
                    commands.add(view.drbdsetup("new-current-uuid", (Object[]) concat(List.of(minor), flags)));
                    break;
                case ATTACH:
                    commands.addAll(UpSequence.attach(view, volume));
                    break;
                default:
                    commands.add(view.drbdsetup("detach", minor));
            }
        }
        return new Expansion.Commands(commands);
    }

    private static Expansion connectionVerb(HostView view, VerbRequest request) {
        List<Connection> connections = view.connections;
        if (request.peer().isPresent()) {
            String peer = request.peer().get();
            connections = connections.stream().filter(c -> c.involves(peer)).toList();
            if (connections.isEmpty()) return new Expansion.Refused(1, "Not a valid connection (" + request.target() + ") for this host");
        }
        if (request.verb() == DrbdadmVerb.FORGET_PEER && view.local.isDiskless()) {
            // forget-peer clears a bitmap slot in local metadata, which a client does not have.
            return new Expansion.Refused(10, "The forget-peer command requires a local disk, but the configuration gives none.");
        }
        var commands = new ArrayList<Command>();
        for (Connection connection : connections) {
            int nodeId = view.peer(connection).nodeId();
            if (request.verb() == DrbdadmVerb.FORGET_PEER) {
                // drbdadm also clears the peer's bitmap slot in the on-disk metadata of each local disk.
                commands.add(DrbdsetupCommands.forgetPeer(view.resource.name(), nodeId));
                view.local.volumes().stream().filter(v -> !v.isDiskless())
                        .forEach(v -> commands.add(view.drbdmeta(v, "--node-id=" + nodeId, "forget-peer")));
            } else {
                commands.add(view.drbdsetup(request.verb().word(), view.resource.name(), nodeId));
            }
        }
        return new Expansion.Commands(commands);
    }

    private static int diskfulPeers(HostView view) {
        return view.connections.stream().filter(c -> !view.peer(c).isDiskless()).mapToInt(c -> 1).sum();
    }

    private static Expansion one(Command command) { return new Expansion.Commands(List.of(command)); }

    private static String[] concat(List<String> first, List<String> rest) {
        var all = new ArrayList<String>(first);
        all.addAll(rest);
        return all.toArray(new String[0]);
    }
}
