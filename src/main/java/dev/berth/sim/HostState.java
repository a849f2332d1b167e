package dev.berth.sim;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything about one simulated host except its files (those are real files in the lab folder):
 * identity, installed tools, plugged-in disks, planted faults, the down flag, the uuid counter,
 * and one JSON subtree per tool ({@code extensions}: "lvm", "zfs", later "drbd") that only that
 * tool reads and writes. Mutable on purpose: a transaction loads it, commands change it, the
 * transaction saves it.
 */
final class HostState {
    String node;
    String hostname;
    String address;
    ToolVersions versions;
    boolean deviceMapper;
    boolean down;
    long uuidCounter;
    List<LabDevice> disks = new ArrayList<>();
    List<PlantedFault> faults = new ArrayList<>();
    TreeMap<String, JsonNode> extensions = new TreeMap<>();

    /** A fault and how many matching commands it has seen so far. */
    record PlantedFault(Fault fault, int matched) {
        boolean exhausted() { return (long) matched >= (long) fault.after() + fault.times(); }
    }

    static HostState fresh(LabNode node, LabOptions options) {
        HostState state = new HostState();
        state.node = node.name();
        state.hostname = node.hostname();
        state.address = node.address();
        state.versions = options.versions();
        state.deviceMapper = options.deviceMapper();
        state.disks = new ArrayList<>(node.devices());
        return state;
    }

    Optional<LabDevice> disk(String path) {
        return disks.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    void replaceDisk(LabDevice device) {
        disks.replaceAll(d -> d.path().equals(device.path()) ? device : d);
    }
}
