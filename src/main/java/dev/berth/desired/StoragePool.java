package dev.berth.desired;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A storage pool: the same name on every node that has it. {@code container} is the volume group,
 * or the zpool (or dataset); {@code thinPool} is set for lvm-thin only.
 */
public record StoragePool(String name, Backend backend, String container, Optional<String> thinPool,
                          SortedSet<String> nodes, SortedMap<String, List<Device>> devices) {
    public StoragePool {
        nodes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(nodes));
        TreeMap<String, List<Device>> copy = new TreeMap<>();
        for (Map.Entry<String, List<Device>> e : devices.entrySet()) copy.put(e.getKey(), List.copyOf(e.getValue()));
        devices = java.util.Collections.unmodifiableSortedMap(copy);
        if ((backend == Backend.LVM_THIN) != thinPool.isPresent()) {
            throw new IllegalArgumentException("a thin pool name belongs to lvm-thin pools only");
        }
    }

    public boolean isOn(String nodeName) { return nodes.contains(nodeName); }

    public List<Device> devicesOn(String nodeName) { return devices.getOrDefault(nodeName, List.of()); }
}
