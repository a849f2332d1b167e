package dev.berth.observed;

import java.util.List;
import java.util.SortedMap;

/**
 * Everything discovery listed on a reachable host. {@code signatures} has one entry per device
 * the stack wants a pool built from; {@code linstorFiles} lists {@code /var/lib/linstor.d}
 * (empty when the folder does not exist).
 */
public record HostInventory(Reading<List<BlockDevice>> blockDevices, SortedMap<String, Reading<DeviceSignatures>> signatures,
                            LvmInventory lvm, ZfsInventory zfs, DrbdInventory drbd, BerthFiles files,
                            Reading<List<String>> linstorFiles) {
    public HostInventory {
        Copies.noNulls("HostInventory", blockDevices, signatures, lvm, zfs, drbd, files, linstorFiles);
        signatures = Copies.sortedMap(signatures);
    }
}
