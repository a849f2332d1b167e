package dev.berth.lab;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Device;
import dev.berth.desired.Node;
import dev.berth.desired.StoragePool;
import dev.berth.model.Size;
import dev.berth.sim.LabDevice;
import dev.berth.sim.LabNode;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds a lab from a stack: one simulated host per node ({@code uname -n} = the node's hostname),
 * each declared device as a blank disk, and for every pool the stack expects to exist (no devices
 * declared) a disk of its own with the pool already on it.
 */
public final class StackLab {
    public static final Size DEFAULT_DEVICE_SIZE = Size.ofBytes(Size.TIB);

    private StackLab() {}

    public static SimLab reset(DesiredCluster cluster, Path dir, Size deviceSize, LabOptions options) {
        if (Files.exists(dir)) {
            if (!SimLab.exists(dir) && !isEmpty(dir)) throw new IllegalArgumentException(dir + " exists and is not a lab; refusing to replace it");
            deleteTree(dir);
        }
        Map<String, Map<String, String>> existingPoolDisks = new TreeMap<>();
        List<LabNode> nodes = new ArrayList<>();
        for (Node node : cluster.nodes().values()) {
            TreeSet<String> declared = new TreeSet<>();
            cluster.storagePools().values().forEach(pool -> pool.devicesOn(node.name()).forEach(d -> declared.add(d.path())));
            Map<String, String> poolDisks = new TreeMap<>();
            TreeSet<String> taken = new TreeSet<>(declared);
            for (StoragePool pool : cluster.storagePools().values()) {
                if (pool.isOn(node.name()) && pool.devicesOn(node.name()).isEmpty()) poolDisks.put(pool.name(), freeDiskName(taken));
            }
            existingPoolDisks.put(node.name(), poolDisks);
            List<LabDevice> devices = new ArrayList<>();
            declared.forEach(path -> devices.add(LabDevice.blank(path, deviceSize)));
            poolDisks.values().forEach(path -> devices.add(LabDevice.blank(path, deviceSize)));
            // the lab host's address is the one DRBD's paths name (the replication network when the
            // stack has one); Berth reaches lab hosts by node name, so nothing else reads it
            nodes.add(new LabNode(node.name(), node.hostname(), node.replicationAddress(), devices));
        }
        SimLab lab = SimLab.create(dir, nodes, options);
        existingPoolDisks.forEach((node, pools) -> pools.forEach((poolName, disk) ->
                ExistingPools.build(lab.host(node), cluster.storagePools().get(poolName), disk)));
        return lab;
    }

    /** Opens the lab, creating it from the stack on first use. */
    public static SimLab openOrCreate(DesiredCluster cluster, Path dir) {
        if (SimLab.exists(dir)) return SimLab.open(dir);
        return reset(cluster, dir, DEFAULT_DEVICE_SIZE, LabOptions.defaults());
    }

    /** {@code /dev/vdb}, {@code /dev/vdc}, …: the first name no declared device uses; taken once chosen. */
    private static String freeDiskName(TreeSet<String> taken) {
        for (char letter = 'b'; letter <= 'z'; letter++) {
            String name = "/dev/vd" + letter;
            if (taken.add(name)) return name;
        }
        throw new IllegalStateException("no free disk name left");
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The devices of a node that pools are built from, for callers that need them by node. */
    public static List<Device> declaredDevices(DesiredCluster cluster, String node) {
        List<Device> devices = new ArrayList<>();
        cluster.storagePools().values().forEach(pool -> devices.addAll(pool.devicesOn(node)));
        return devices;
    }
}
