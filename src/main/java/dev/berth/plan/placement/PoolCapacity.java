package dev.berth.plan.placement;

import dev.berth.desired.Backend;
import dev.berth.desired.Device;
import dev.berth.desired.StoragePool;
import dev.berth.observed.BlockDevice;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.VolumeGroup;
import dev.berth.observed.ZfsDataset;
import dev.berth.observed.Zpool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The free space of one pool on one node, as discovery saw it: VG free for lvm; for lvm-thin the
 * thin pool's size × (1 − data%) (VG free while the thin pool is still to be made); for ZFS the
 * container dataset's {@code available}, which, unlike {@code zpool free}, already subtracts the
 * refreservations of thick zvols (the zpool's free only when the dataset is not listed). A pool
 * that does not exist yet but will be built from declared devices offers their sizes from lsblk.
 */
final class PoolCapacity {
    /** Free bytes, or why they are not known. */
    record Free(Optional<Long> bytes, String whyUnknown) {
        static Free of(long bytes) { return new Free(Optional.of(bytes), ""); }

        static Free unknown(String why) { return new Free(Optional.empty(), why); }
    }

    private PoolCapacity() {}

    static Free measure(StoragePool pool, String node, Optional<ObservedHost> observed) {
        Optional<ReachableHost> reachable = observed.flatMap(ObservedHost::reachable);
        if (reachable.isEmpty()) return Free.unknown("host unreachable, free space unknown");
        ReachableHost host = reachable.get();
        return pool.backend().isZfs() ? zfs(pool, node, host) : lvm(pool, node, host);
    }

    private static Free lvm(StoragePool pool, String node, ReachableHost host) {
        var lvm = host.inventory().lvm();
        if (!lvm.volumeGroups().isKnown()) return Free.unknown("volume groups could not be listed");
        Optional<VolumeGroup> group = lvm.volumeGroup(pool.container());
        if (group.isEmpty()) return fromDevices(pool, node, host, "volume group " + pool.container());
        if (pool.backend() != Backend.LVM_THIN) return Free.of(group.get().free().bytes());
        if (!lvm.logicalVolumes().isKnown()) return Free.unknown("logical volumes could not be listed");
        Optional<LogicalVolume> thin = lvm.logicalVolume(pool.container(), pool.thinPool().orElseThrow());
        if (thin.isEmpty()) return Free.of(group.get().free().bytes());
        BigDecimal used = thin.get().dataPercent().orElse(BigDecimal.ZERO);
        BigDecimal size = BigDecimal.valueOf(thin.get().size().bytes());
        long free = size.multiply(BigDecimal.valueOf(100).subtract(used)).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact();
        return Free.of(Math.max(0, free));
    }

    private static Free zfs(StoragePool pool, String node, ReachableHost host) {
        var zfs = host.inventory().zfs();
        if (!zfs.pools().isKnown()) return Free.unknown("zpools could not be listed");
        String zpoolName = pool.container().split("/", 2)[0];
        Optional<Zpool> zpool = zfs.pools().value().orElseThrow().stream().filter(p -> p.name().equals(zpoolName)).findFirst();
        if (zpool.isEmpty()) return fromDevices(pool, node, host, "zpool " + zpoolName);
        Optional<ZfsDataset> container = zfs.datasets().value().flatMap(list -> list.stream()
                .filter(d -> d.name().equals(pool.container())).findFirst());
        return Free.of(container.map(d -> d.available().bytes()).orElse(zpool.get().free().bytes()));
    }

    /** A pool still to be built: the sum of its declared devices as lsblk sizes them. */
    private static Free fromDevices(StoragePool pool, String node, ReachableHost host, String what) {
        List<Device> devices = pool.devicesOn(node);
        if (devices.isEmpty()) return Free.unknown(what + " not found, and no devices are declared to build it");
        if (!host.inventory().blockDevices().isKnown()) return Free.unknown("block devices could not be listed");
        List<BlockDevice> all = host.inventory().blockDevices().value().orElseThrow().stream().flatMap(BlockDevice::flattened).toList();
        long total = 0;
        for (Device device : devices) {
            Optional<BlockDevice> found = all.stream().filter(d -> d.path().equals(device.path())).findFirst();
            if (found.isEmpty()) return Free.unknown("device " + device.path() + " not found");
            total += found.get().size().bytes();
        }
        return Free.of(total);
    }
}
