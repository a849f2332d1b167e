package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;

import java.util.Optional;

/**
 * A thin volume in an existing pool ({@code lvcreate --virtualsize Nk VG --thinpool POOL --name NAME}):
 * no extents of its own, a virtual size rounded up to extents, and lvm2's over-provisioning
 * warnings when the pool's thin volumes add up to more than the pool (thin_manip.c).
 */
final class ThinVolumeCreation {
    private ThinVolumeCreation() {}

    static CommandResult run(LvmCommand.Context context, LvCreateCommand.Request request) {
        Optional<VolumeGroup> found = Creation.group(context, request.group());
        if (found.isEmpty()) return context.failed();
        VolumeGroup group = found.get();
        String poolName = request.pool().orElseThrow();
        Optional<LogicalVolume> pool = group.volume(poolName);
        if (pool.isEmpty()) return context.output().err("  Pool " + poolName + " not found in Volume group " + group.name + ".").exit(LvmCommand.FAILED);
        if (!pool.get().thinPool()) return context.output().err("  Logical volume " + group.name + "/" + poolName + " is not a thin pool.").exit(LvmCommand.FAILED);
        long bytes = request.virtualSize().orElseThrow().bytes();
        long extents = LvmSizeArgument.extentsFor(bytes, group.extentSize);
        if (bytes % group.extentSize != 0) {
            context.output().out("  Rounding up size to full physical extent " + LvmUnits.display(extents * group.extentSize));
        }
        Optional<String> name = Creation.freeName(context, group, request.name());
        if (name.isEmpty()) return context.failed();
        LogicalVolume volume = Creation.volume(context, name.get(), LogicalVolume.THIN, request.tags());
        volume.virtualSize = extents * group.extentSize;
        volume.pool = poolName;
        overprovisioning(context, group, pool.get(), volume.virtualSize);
        group.volumes.add(volume);
        return context.output().out("  Logical volume \"" + volume.name + "\" created.").ok();
    }

    /** pool_check_overprovisioning() with Debian's defaults (autoextend threshold 100: no protection). */
    private static void overprovisioning(LvmCommand.Context context, VolumeGroup group, LogicalVolume pool, long adding) {
        long poolSize = LvmVolumes.size(group, pool);
        long thinSum = adding + LvmVolumes.thinVolumesOf(group, pool).stream().mapToLong(lv -> lv.virtualSize).sum();
        if (thinSum <= poolSize) return;
        long groupSize = group.extentCount(context.state()) * group.extentSize;
        long groupFree = group.freeExtents(context.state()) * group.extentSize;
        String limit;
        if (groupSize < thinSum) {
            limit = " and the size of whole volume group (" + LvmUnits.display(groupSize) + ")";
        } else if (groupFree < thinSum) {
            limit = groupFree == 0 ? " (no free space in volume group)" : " and the amount of free space in volume group (" + LvmUnits.display(groupFree) + ")";
        } else {
            limit = " (" + LvmUnits.display(poolSize) + ")";
        }
        context.output().err("  WARNING: Sum of all thin volume sizes (" + LvmUnits.display(thinSum) + ") exceeds the size of thin pool "
                + group.name + "/" + pool.name + limit + ".");
        context.output().out("  WARNING: You have not turned on protection against thin pools running out of space.");
        context.output().out("  WARNING: Set activation/thin_pool_autoextend_threshold below 100 to trigger automatic extension of thin pools before they get full.");
    }
}
