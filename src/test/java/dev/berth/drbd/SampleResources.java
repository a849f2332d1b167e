package dev.berth.drbd;

import dev.berth.model.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Resources shaped like the ones Berth plans, shared by the writer, parser and expander tests. */
final class SampleResources {
    static final Secret SECRET = Secret.of("env:R0_SECRET", "not so \"secret\"");

    private SampleResources() {}

    /** A new 3-node diskful resource with LINSTOR-like options; ports differ per node. */
    static ResourceConfig threeDiskful() {
        return new ResourceConfig("r0",
                new TreeMap<>(Map.of("auto-promote", "no", "on-no-quorum", "io-error", "quorum", "majority")),
                new TreeMap<>(Map.of("cram-hmac-alg", "sha1", "protocol", "C", "verify-alg", "crc32c")),
                new TreeMap<>(Map.of("al-extents", "6007", "c-max-rate", "102400k", "on-io-error", "detach", "resync-rate", "250k")),
                Optional.of(new SecretReference(SECRET.source())),
                List.of(diskful("alpha", 0, "r0", 1000), diskful("beta", 1, "r0", 1000), diskful("gamma", 2, "r0", 1000)),
                List.of(new Connection(Endpoint.ipv4("alpha", "10.0.0.1", 7000), Endpoint.ipv4("beta", "10.0.0.2", 7001)),
                        new Connection(Endpoint.ipv4("alpha", "10.0.0.1", 7000), Endpoint.ipv4("gamma", "10.0.0.3", 7002)),
                        new Connection(Endpoint.ipv4("beta", "10.0.0.2", 7001), Endpoint.ipv4("gamma", "10.0.0.3", 7002))));
    }

    /**
     * Two diskful nodes and one client reached over IPv6; the node-ids do not follow the host
     * names, so a prediction that sorted peers by node-id would show.
     */
    static ResourceConfig twoDiskfulOneDiskless() {
        return new ResourceConfig("web-data",
                new TreeMap<>(Map.of("quorum", "majority")),
                new TreeMap<>(Map.of("protocol", "C")),
                new TreeMap<>(Map.of("c-plan-ahead", "20")),
                Optional.empty(),
                List.of(diskful("node-a", 3, "web-data", 1005), diskful("node-b", 1, "web-data", 1005),
                        new HostConfig("node-c", 0, List.of(VolumeConfig.diskless(0, 1005)))),
                List.of(new Connection(Endpoint.ipv6("node-a", "fd00::a", 7010), Endpoint.ipv6("node-b", "fd00::b", 7010)),
                        new Connection(Endpoint.ipv6("node-a", "fd00::a", 7010), Endpoint.ipv6("node-c", "fd00::c", 7011)),
                        new Connection(Endpoint.ipv6("node-b", "fd00::b", 7010), Endpoint.ipv6("node-c", "fd00::c", 7011))));
    }

    /** A 2-volume resource on two hosts, no options at all. */
    static ResourceConfig twoVolumes() {
        return new ResourceConfig("db",
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Optional.empty(),
                List.of(new HostConfig("alpha", 0, List.of(VolumeConfig.diskful(0, 1010, "/dev/vg0/db_00000"), VolumeConfig.diskful(1, 1011, "/dev/zpool/db_00001"))),
                        new HostConfig("beta", 1, List.of(VolumeConfig.diskful(0, 1010, "/dev/vg1/db_00000"), VolumeConfig.diskful(1, 1011, "/dev/vg1/db_00001")))),
                List.of(new Connection(Endpoint.ipv4("beta", "192.168.1.2", 7100), Endpoint.ipv4("alpha", "192.168.1.1", 7100))));
    }

    static Map<String, ResourceConfig> all() {
        return Map.of("three-diskful", threeDiskful(), "two-diskful-one-diskless", twoDiskfulOneDiskless(), "two-volumes", twoVolumes());
    }

    static Optional<Secret> secretFor(ResourceConfig resource) {
        return resource.sharedSecret().map(reference -> SECRET);
    }

    static String fileFor(ResourceConfig resource) {
        return resource.sharedSecret().isPresent() ? ResourceFileWriter.write(resource, SECRET) : ResourceFileWriter.writeRedacted(resource);
    }

    private static HostConfig diskful(String host, int nodeId, String resource, int minor) {
        return new HostConfig(host, nodeId, List.of(VolumeConfig.diskful(0, minor, "/dev/vg0/" + resource + "_00000")));
    }
}
