package dev.berth.drbd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Random resources within the model's invariants: 1–5 hosts with distinct names and node-ids,
 * the same volumes everywhere, some hosts diskless, a full mesh of IPv4/IPv6 paths, option values
 * that need quoting, and sometimes a shared secret. Seeded, so every failure reproduces.
 */
final class RandomResources {
    private static final List<String> OPTION_NAMES = List.of("auto-promote", "quorum", "on-no-quorum", "protocol",
            "verify-alg", "max-buffers", "al-extents", "c-max-rate", "resync-rate", "on-io-error", "x-custom");
    private static final List<String> TYPICAL_VALUES = List.of("yes", "no", "C", "majority", "250k", "6007", "io-error");
    private static final List<String> SECRET_SOURCES = List.of("env:R0_SECRET", "file:/etc/berth/secret", "vault:kv/drbd#x");

    private RandomResources() {}

    static ResourceConfig resource(Random random) {
        String resource = word(random, "abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz0123456789-_.", 12);
        List<String> hosts = hostnames(random);
        Optional<SecretReference> secret = random.nextBoolean() ? Optional.empty()
                : Optional.of(new SecretReference(SECRET_SOURCES.get(random.nextInt(SECRET_SOURCES.size()))));
        List<int[]> volumes = volumeShapes(random);
        List<Integer> nodeIds = new ArrayList<>();
        for (int i = 0; i < 32; i++) nodeIds.add(i);
        Collections.shuffle(nodeIds, random);
        List<HostConfig> configs = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            boolean diskless = random.nextInt(4) == 0;
            List<VolumeConfig> vols = new ArrayList<>();
            for (int[] shape : volumes) {
                vols.add(diskless ? VolumeConfig.diskless(shape[0], shape[1])
                        : VolumeConfig.diskful(shape[0], shape[1], "/dev/vg" + i + "/" + resource + "_" + shape[0]));
            }
            configs.add(new HostConfig(hosts.get(i), nodeIds.get(i), vols));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            for (int j = i + 1; j < configs.size(); j++) {
                if (configs.get(i).isDiskless() && configs.get(j).isDiskless()) continue;
                connections.add(new Connection(endpoint(hosts.get(i), random), endpoint(hosts.get(j), random)));
            }
        }
        return new ResourceConfig(resource, options(random), options(random), options(random), secret, configs, connections);
    }

    /** Secret values with the characters that break naive quoting. */
    static String secretValue(Random random) {
        return printable(random, 1 + random.nextInt(20));
    }

    private static List<String> hostnames(Random random) {
        TreeSet<String> names = new TreeSet<>();
        int wanted = 1 + random.nextInt(5);
        while (names.size() < wanted) {
            String name = word(random, "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz-", 8);
            if (Character.isLetter(name.charAt(name.length() - 1))) names.add(name);
        }
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    private static List<int[]> volumeShapes(Random random) {
        TreeSet<Integer> numbers = new TreeSet<>();
        int wanted = 1 + random.nextInt(3);
        while (numbers.size() < wanted) numbers.add(random.nextInt(13));
        List<int[]> shapes = new ArrayList<>();
        for (int number : numbers) shapes.add(new int[] {number, 1000 + number * 7});
        return shapes;
    }

    private static TreeMap<String, String> options(Random random) {
        TreeMap<String, String> options = new TreeMap<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String value = random.nextBoolean() ? TYPICAL_VALUES.get(random.nextInt(TYPICAL_VALUES.size()))
                    : printable(random, 1 + random.nextInt(10));
            options.put(OPTION_NAMES.get(random.nextInt(OPTION_NAMES.size())), value);
        }
        return options;
    }

    private static Endpoint endpoint(String host, Random random) {
        int port = 7000 + random.nextInt(1000);
        if (random.nextBoolean()) return Endpoint.ipv6(host, "fd00::" + Integer.toHexString(random.nextInt(0xffff)), port);
        return Endpoint.ipv4(host, "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256), port);
    }

    private static String word(Random random, String first, String rest, int maxLength) {
        StringBuilder word = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) word.append(rest.charAt(random.nextInt(rest.length())));
        return word.toString();
    }

    private static String printable(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) text.append((char) (' ' + random.nextInt('~' - ' ' + 1)));
        return text.toString();
    }
}
