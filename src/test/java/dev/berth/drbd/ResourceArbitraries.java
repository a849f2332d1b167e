package dev.berth.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random resources within the model's invariants: 1–5 hosts with distinct names and node-ids,
 * the same volumes everywhere, some hosts diskless, a full mesh of IPv4/IPv6 paths, option values
 * that need quoting, and sometimes a shared secret.
 */
final class ResourceArbitraries {
    private static final List<String> OPTION_NAMES = List.of("auto-promote", "quorum", "on-no-quorum", "protocol",
            "verify-alg", "max-buffers", "al-extents", "c-max-rate", "resync-rate", "on-io-error", "x-custom");

    private ResourceArbitraries() {}

    static Arbitrary<ResourceConfig> resources() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_', '.').ofMinLength(1).ofMaxLength(12)
                .filter(n -> Character.isLetterOrDigit(n.charAt(0)));
        Arbitrary<List<String>> hostnames = Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(8)
                .filter(h -> Character.isLetter(h.charAt(0)) && Character.isLetter(h.charAt(h.length() - 1)))
                .list().uniqueElements().ofMinSize(1).ofMaxSize(5);
        Arbitrary<Optional<SecretReference>> secret = Arbitraries.of("env:R0_SECRET", "file:/etc/berth/secret", "vault:kv/drbd#x")
                .map(SecretReference::new).optional();
        return Combinators.combine(name, options(), options(), options(), secret, hostnames, volumeShapes(), Arbitraries.randoms())
                .as((resource, opts, net, disk, ref, hosts, volumes, random) -> {
                    var nodeIds = new ArrayList<Integer>();
                    for (int i = 0; i < 32; i++) nodeIds.add(i);
                    java.util.Collections.shuffle(nodeIds, random);
                    var configs = new ArrayList<HostConfig>();
                    for (int i = 0; i < hosts.size(); i++) {
                        boolean diskless = random.nextInt(4) == 0;
                        var vols = new ArrayList<VolumeConfig>();
                        for (int[] shape : volumes) {
                            vols.add(diskless ? VolumeConfig.diskless(shape[0], shape[1])
                                    : VolumeConfig.diskful(shape[0], shape[1], "/dev/vg" + i + "/" + resource + "_" + shape[0]));
                        }
                        configs.add(new HostConfig(hosts.get(i), nodeIds.get(i), vols));
                    }
                    var connections = new ArrayList<Connection>();
                    for (int i = 0; i < configs.size(); i++) {
                        for (int j = i + 1; j < configs.size(); j++) {
                            if (configs.get(i).isDiskless() && configs.get(j).isDiskless()) continue;
                            connections.add(new Connection(endpoint(hosts.get(i), random), endpoint(hosts.get(j), random)));
                        }
                    }
                    return new ResourceConfig(resource, opts, net, disk, ref, configs, connections);
                });
    }

    /** Secret values with the characters that break naive quoting. */
    static Arbitrary<String> secretValues() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(20);
    }

    private static Arbitrary<List<int[]>> volumeShapes() {
        return Arbitraries.integers().between(0, 12).set().ofMinSize(1).ofMaxSize(3).map(numbers -> {
            var shapes = new ArrayList<int[]>();
            for (int number : new java.util.TreeSet<>(numbers)) shapes.add(new int[] {number, 1000 + number * 7});
            return shapes;
        });
    }

    private static Arbitrary<TreeMap<String, String>> options() {
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of("yes", "no", "C", "majority", "250k", "6007", "io-error"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(10));
        return Arbitraries.maps(Arbitraries.of(OPTION_NAMES), values).ofMaxSize(4).map(TreeMap::new);
    }

    private static Endpoint endpoint(String host, java.util.Random random) {
        int port = 7000 + random.nextInt(1000);
        if (random.nextBoolean()) return Endpoint.ipv6(host, "fd00::" + Integer.toHexString(random.nextInt(0xffff)), port);
        return Endpoint.ipv4(host, "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256), port);
    }

}
