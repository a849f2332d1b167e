package dev.berth.sim.lvm;

import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;

import java.util.Optional;

/**
 * One row of an LVM report and what its fields read: a PV row ({@code pvs}), a VG row ({@code vgs})
 * or an LV row ({@code lvs}, one per segment when a segment field is asked for). Fields of the
 * other object types resolve through it (an lvs row can show {@code vg_extent_size}).
 */
record ReportRow(SimHost host, LvmState state, VolumeGroup group, LvmState.PhysicalVolume physical,
                 LogicalVolume volume, Segment segment, long segmentStart) {

    static ReportRow ofPhysical(SimHost host, LvmState state, LvmState.PhysicalVolume physical) {
        return new ReportRow(host, state, state.volumeGroup(physical.volumeGroup).orElse(null), physical, null, null, 0);
    }

    static ReportRow ofGroup(SimHost host, LvmState state, VolumeGroup group) {
        return new ReportRow(host, state, group, null, null, null, 0);
    }

    static ReportRow ofVolume(SimHost host, LvmState state, VolumeGroup group, LogicalVolume volume, Segment segment, long segmentStart) {
        return new ReportRow(host, state, group, null, volume, segment, segmentStart);
    }

    /** The size a volume shows: extents for real volumes, the data volume for a pool, the virtual size for a thin volume. */
    long volumeSize() {
        return LvmVolumes.size(group, volume);
    }

    /** The block device of this row's volume when it exists (device-mapper hosts only). */
    Optional<BlockDevice> device() {
        return host.devices().find("/dev/" + group.name + "/" + volume.name);
    }
}
