package dev.berth.drbd;

import dev.berth.model.Command;
import dev.berth.model.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A resource as one host sees it, the way drbdadm does after reading the file: the local
 * section, the peers in connection order, and the option lists in the order drbdadm emits them.
 */
final class HostView {
    /**
     * Peer-device options: drbd.conf accepts them in {@code disk { }}, and drbdadm moves them to
     * {@code peer-device-options} per peer and volume (DU config_flags.c peer_device_options_ctx).
     */
    static final Set<String> PEER_DEVICE_OPTIONS = Set.of("resync-rate", "c-plan-ahead", "c-delay-target",
            "c-fill-target", "c-max-rate", "c-min-rate", "bitmap", "peer-tiebreaker");

    final ResourceConfig resource;
    final HostConfig local;
    final List<Connection> connections;
    private final Optional<Secret> secret;

    HostView(ResourceConfig resource, HostConfig local, Optional<Secret> secret) {
        this.resource = resource;
        this.local = local;
        this.connections = resource.connectionsOf(local.hostname());
        this.secret = secret;
    }

    HostConfig peer(Connection connection) {
        return resource.host(connection.peerOf(local.hostname()).hostname()).orElseThrow();
    }

    /** {@code drbdsetup <verb> <resource> <args...>}. */
    Command drbdsetup(String verb, Object... args) {
        var argv = new ArrayList<String>(List.of("drbdsetup", verb));
        for (Object arg : args) argv.add(String.valueOf(arg));
        return new Command(argv);
    }

    /** {@code drbdmeta <minor> v09 <disk> internal <args...>}. */
    Command drbdmeta(VolumeConfig volume, String... args) {
        var argv = new ArrayList<String>(List.of("drbdmeta", Integer.toString(volume.minor()), "v09",
                volume.backingDisk().orElseThrow(), "internal"));
        argv.addAll(List.of(args));
        return new Command(argv);
    }

    /** Resource options, in file (sorted) order, as drbdadm passes them to new-resource. */
    List<String> resourceOptions() { return flags(resourceOptionMap()); }

    Map<String, String> resourceOptionMap() { return new TreeMap<>(resource.options()); }

    /** A connection's net options as drbdadm holds them: {@code _name} first, then the resource's in reverse file order. */
    Map<String, String> netOptionMap(HostConfig peer) {
        var options = new LinkedHashMap<String, String>();
        options.put("_name", peer.hostname());
        options.putAll(reversed(netSection()));
        return options;
    }

    /**
     * Net options for new-peer: drbdadm passes them in reverse file order (seen in real 9.22
     * output), and Berth's file holds them sorted, with the secret at its sorted place.
     */
    List<String> netOptions() { return flags(reversed(netSection())); }

    private TreeMap<String, String> netSection() {
        var net = new TreeMap<>(resource.net());
        resource.sharedSecret().ifPresent(reference -> net.put("shared-secret",
                secret.map(Secret::reveal).orElse(reference.redactedPlaceholder())));
        return net;
    }

    /** Disk options for attach, without the peer-device ones; reverse file order as with net. */
    List<String> diskOptions() { return flags(diskOptionMap()); }

    Map<String, String> diskOptionMap() {
        var disk = new TreeMap<>(resource.disk());
        disk.keySet().removeAll(PEER_DEVICE_OPTIONS);
        return reversed(disk);
    }

    /** Peer-device options in file order; a diskless peer's volume gets no bitmap slot. */
    List<String> peerDeviceOptions(HostConfig peer, VolumeConfig volume) { return flags(peerDeviceOptionMap(peer, volume)); }

    Map<String, String> peerDeviceOptionMap(HostConfig peer, VolumeConfig volume) {
        var options = new LinkedHashMap<String, String>(new TreeMap<>(resource.disk()));
        options.keySet().retainAll(PEER_DEVICE_OPTIONS);
        if (peer.volume(volume.number()).map(VolumeConfig::isDiskless).orElse(false)) options.put("bitmap", "no");
        return options;
    }

    /** {@code --key=value} in the map's order. */
    static List<String> flags(Map<String, String> options) {
        var flags = new ArrayList<String>();
        options.forEach((key, value) -> flags.add("--" + key + "=" + value));
        return flags;
    }

    private static Map<String, String> reversed(TreeMap<String, String> options) {
        return new LinkedHashMap<>(options.descendingMap());
    }
}
