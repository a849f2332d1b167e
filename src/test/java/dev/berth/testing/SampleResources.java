package dev.berth.testing;

import dev.berth.desired.Backend;
import dev.berth.drbd.Connection;
import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.MetadataSize;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.SecretReference;
import dev.berth.drbd.VolumeConfig;
import dev.berth.model.Secret;
import dev.berth.model.Size;
import dev.berth.ops.BackingTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The resources the sample plans work on: the MySQL demo's shape (three LVM-thin replicas on
 * {@code vg_fast/thin}, protocol C, quorum, a shared secret from the environment) with node-ids
 * and addresses that follow the host number, so that {@code worker-4} is node-id 3 at 10.0.0.14.
 */
public final class SampleResources {
    public static final String SECRET_SOURCE = "env:MYSQL_DRBD_SECRET";
    /** The value the environment would hold: it must never appear in any plan or report. */
    public static final Secret SECRET = Secret.of(SECRET_SOURCE, "Tr0ub4dor&3-horse-battery");
    public static final BackingTarget FAST = new BackingTarget(Backend.LVM_THIN, "vg_fast", Optional.of("thin"));
    public static final int PEER_SLOTS = 7;
    private static final Size EXTENT = Size.ofMiB(4);

    private SampleResources() {}

    /** A resource with volume 0 on {@code hosts} ({@code worker-N}), minor and port as given, options as the demo's. */
    public static ResourceConfig resource(String name, int minor, int port, String cMaxRate, boolean secret, String... hosts) {
        List<HostConfig> hostConfigs = new ArrayList<>();
        for (String host : hosts) {
            hostConfigs.add(new HostConfig(host, number(host) - 1, List.of(VolumeConfig.diskful(0, minor, FAST.devicePath(backingName(name))))));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            for (int j = i + 1; j < hosts.length; j++) connections.add(new Connection(endpoint(hosts[i], port), endpoint(hosts[j], port)));
        }
        return new ResourceConfig(name,
                new TreeMap<>(Map.of("auto-promote", "no", "on-no-quorum", "io-error", "quorum", "majority")),
                new TreeMap<>(Map.of("protocol", "C", "verify-alg", "crc32c")),
                new TreeMap<>(Map.of("c-max-rate", cMaxRate, "on-io-error", "detach")),
                secret ? Optional.of(new SecretReference(SECRET_SOURCE)) : Optional.empty(), hostConfigs, connections);
    }

    public static ResourceConfig mysql(String... hosts) { return resource("mysql-data-0", 1000, 7000, "102400k", true, hosts); }

    /** LINSTOR's naming: {@code <resource>_00000} for volume 0. */
    public static String backingName(String resource) { return resource + "_00000"; }

    /** Data plus internal metadata for {@link #PEER_SLOTS}, rounded up to the VG's 4 MiB extents. */
    public static Size gross(Size net) { return MetadataSize.grossFor(net, PEER_SLOTS).roundUpTo(EXTENT); }

    public static String address(String host) { return "10.0.0." + (10 + number(host)); }

    static int number(String host) { return Integer.parseInt(host.substring(host.lastIndexOf('-') + 1)); }

    private static Endpoint endpoint(String host, int port) { return Endpoint.ipv4(host, address(host), port); }
}
