package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.drbd.Connection;
import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.drbd.SecretReference;
import dev.berth.drbd.VolumeConfig;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Secret;
import dev.berth.model.Size;
import dev.berth.sim.LabDevice;
import dev.berth.sim.LabNode;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimJson;
import dev.berth.sim.SimLab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** A lab of DRBD hosts with LVM backing volumes, resource files written by Berth's writer, and short helpers. */
final class DrbdLab {
    static final Secret SECRET = Secret.of("env:R0_SECRET", "s3cr3t-Value");
    static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");

    final SimLab lab;

    DrbdLab(Path dir, int hosts) {
        this(dir, hosts, LabOptions.defaults());
    }

    DrbdLab(Path dir, int hosts, LabOptions options) {
        List<LabNode> nodes = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            nodes.add(LabNode.of(NAMES.get(i), "10.0.0." + (i + 1), LabDevice.blank("/dev/sdb", Size.ofGiB(10))));
        }
        lab = SimLab.create(dir, nodes, options);
        for (int i = 0; i < hosts; i++) ok(NAMES.get(i), "vgcreate", "vg0", "/dev/sdb");
    }

    SimHost host(String name) { return lab.host(name); }

    CommandResult run(String node, String... argv) {
        return lab.host(node).run(new Command(List.of(argv)), "");
    }

    /** Runs and asserts success, returning stdout. */
    String ok(String node, String... argv) {
        CommandResult result = run(node, argv);
        assertEquals(0, result.exitCode(), String.join(" ", argv) + " on " + node + ":\n" + result.stderr() + result.stdout());
        return result.stdout();
    }

    void lv(String node, String name, String size) {
        ok(node, "lvcreate", "--size", size, "vg0", "-n", name, "-y");
    }

    /** A resource over the given hosts (node-id by position), one volume, LINSTOR-like options, a shared secret. */
    static ResourceConfig resource(String name, int minor, int port, List<String> hosts, List<String> diskless, Map<String, String> options) {
        List<HostConfig> configs = new ArrayList<>();
        for (String host : hosts) {
            int nodeId = NAMES.indexOf(host);
            VolumeConfig volume = diskless.contains(host) ? VolumeConfig.diskless(0, minor)
                    : VolumeConfig.diskful(0, minor, "/dev/vg0/" + name + "_00000");
            configs.add(new HostConfig(host, nodeId, List.of(volume)));
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            for (int j = i + 1; j < hosts.size(); j++) {
                if (diskless.contains(hosts.get(i)) && diskless.contains(hosts.get(j))) continue;
                connections.add(new Connection(endpoint(hosts.get(i), port), endpoint(hosts.get(j), port)));
            }
        }
        return new ResourceConfig(name, new TreeMap<>(options), new TreeMap<>(Map.of("cram-hmac-alg", "sha1", "protocol", "C")),
                new TreeMap<>(Map.of("al-extents", "6007")), Optional.of(new SecretReference(SECRET.source())), configs, connections);
    }

    static Endpoint endpoint(String host, int port) {
        return Endpoint.ipv4(host, "10.0.0." + (NAMES.indexOf(host) + 1), port);
    }

    void writeFile(String node, ResourceConfig resource) {
        lab.atomically(() -> {
            try {
                lab.host(node).files().write("/etc/drbd.d/" + resource.name() + ".res", ResourceFileWriter.write(resource, SECRET), 0644);
            } catch (dev.berth.sim.HostFiles.Problem problem) {
                throw new IllegalStateException(problem.getMessage());
            }
            return null;
        });
    }

    /** The resource's status on a host, parsed. */
    JsonNode status(String node, String resource) {
        return SimJson.read(ok(node, "drbdsetup", "status", resource, "--json")).get(0);
    }

    String disk(String node, String resource) { return status(node, resource).get("devices").get(0).get("disk-state").asString(); }

    JsonNode connection(String node, String resource, String peer) {
        for (JsonNode connection : status(node, resource).get("connections")) {
            if (connection.get("name").asString().equals(peer)) return connection;
        }
        throw new AssertionError(peer + " not among " + node + "'s connections of " + resource);
    }

    JsonNode peerDevice(String node, String resource, String peer) {
        return connection(node, resource, peer).get("peer_devices").get(0);
    }

    /** A host's path end in drbdsetup's form, without the port. */
    String address(String host) { return "ipv4:10.0.0." + (NAMES.indexOf(host) + 1); }

    void advance(Duration duration) { lab.clock().advance(duration); }
}
