package dev.berth.sim.lvm;

import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;

import java.util.List;
import java.util.Optional;

/**
 * Facts about LVs that several commands and the report share: sizes of the different kinds of
 * volume, pool usage, the {@code lv_attr} string, and whether anything holds a volume open.
 */
final class LvmVolumes {
    private LvmVolumes() {}

    static long size(VolumeGroup group, LogicalVolume volume) {
        if (volume.thinVolume()) return volume.virtualSize;
        if (volume.thinPool()) return group.volume(volume.dataVolumeName()).map(d -> d.extents()).orElse(0L) * group.extentSize;
        return volume.extents() * group.extentSize;
    }

    static List<LogicalVolume> thinVolumesOf(VolumeGroup group, LogicalVolume pool) {
        return group.volumes.stream().filter(lv -> lv.thinVolume() && lv.pool.equals(pool.name)).toList();
    }

    static long poolUsedBytes(VolumeGroup group, LogicalVolume pool) {
        return thinVolumesOf(group, pool).stream().mapToLong(lv -> lv.mappedBytes).sum();
    }

    /**
     * Metadata in use: a fresh pool's btrees take about 440 KiB; each mapped chunk costs 64 bytes
     * (LVM's own estimate). A model, not dm-thin's exact accounting.
     */
    static long poolMetadataUsedBytes(VolumeGroup group, LogicalVolume pool) {
        long chunks = (poolUsedBytes(group, pool) + pool.chunkSize - 1) / Math.max(1, pool.chunkSize);
        return 440L * 1024 + chunks * 64;
    }

    /** Who holds the volume's device open: the tool's answer through the lab's device registry (DRBD, part 2). */
    static Optional<String> holder(SimHost host, VolumeGroup group, LogicalVolume volume) {
        Optional<BlockDevice> device = host.devices().find("/dev/" + group.name + "/" + volume.name);
        return device.flatMap(d -> host.devices().holder(d));
    }

    /**
     * lv_attr, character by character (lvs(8)): type, permissions, allocation policy, fixed minor,
     * state, open, target type, zeroing, health, skip-activation. Without device-mapper LVM cannot
     * ask the kernel, so state and open are {@code X} (the fixtures' {@code -wi-XX----}).
     */
    static String attributes(SimHost host, VolumeGroup group, LogicalVolume volume) {
        char type = switch (volume.role) {
            case LogicalVolume.THIN_POOL -> 't';
            case LogicalVolume.THIN -> 'V';
            case LogicalVolume.POOL_DATA -> 'T';
            case LogicalVolume.POOL_METADATA, LogicalVolume.POOL_SPARE -> 'e';
            default -> '-';
        };
        boolean spare = volume.role.equals(LogicalVolume.POOL_SPARE);
        char state;
        char open;
        if (!host.deviceMapper()) {
            state = 'X';
            open = 'X';
        } else {
            state = spare ? '-' : 'a';
            open = spare ? '-' : isOpen(host, group, volume) ? 'o' : '-';
        }
        char target = volume.thinPool() || volume.thinVolume() ? 't' : '-';
        char zero = '-';
        if (volume.thinPool()) zero = volume.zeroNewBlocks ? 'z' : '-';
        if (volume.thinVolume()) zero = group.volume(volume.pool).map(p -> p.zeroNewBlocks).orElse(false) ? 'z' : '-';
        return "" + type + 'w' + 'i' + '-' + state + open + target + zero + '-' + '-';
    }

    /** Pools are open while they have thin volumes; their data and metadata while the pool is active. */
    static boolean isOpen(SimHost host, VolumeGroup group, LogicalVolume volume) {
        if (volume.thinPool()) return !thinVolumesOf(group, volume).isEmpty();
        if (volume.role.equals(LogicalVolume.POOL_DATA) || volume.role.equals(LogicalVolume.POOL_METADATA)) return true;
        return holder(host, group, volume).isPresent();
    }
}
