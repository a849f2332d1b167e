package dev.berth.observed;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One connection the kernel runs ({@code drbdsetup show --json}): the peer's node-id, paths,
 * net options ({@code _name} is the peer's host name), and the peer-device options per volume.
 * {@code state} ({@code _cstate}) is absent in the output of older drbd-utils. The kernel reports
 * the shared secret in clear; here the {@code shared-secret} option holds only its digest.
 */
public record KernelConnection(int peerNodeId, Optional<Term<ConnectionState>> state, SortedMap<String, String> net,
                               List<KernelPath> paths, SortedMap<Integer, SortedMap<String, String>> peerDeviceOptions) {
    public KernelConnection {
        Copies.noNulls("KernelConnection", state, net, paths, peerDeviceOptions);
        net = Copies.sortedMap(net);
        paths = Copies.list(paths);
        var copied = new java.util.TreeMap<Integer, SortedMap<String, String>>();
        peerDeviceOptions.forEach((volume, options) -> copied.put(volume, Copies.sortedMap(options)));
        peerDeviceOptions = Copies.sortedMap(copied);
    }

    /** The peer's host name, which drbdadm passes to the kernel as the net option {@code _name}. */
    public Optional<String> peerName() { return Optional.ofNullable(net.get("_name")); }
}
