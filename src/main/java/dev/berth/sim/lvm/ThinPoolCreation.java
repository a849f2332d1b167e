package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A thin pool ({@code lvcreate -l 100%FREE -T -n VG/POOL}, {@code --type thin-pool -L SIZE}):
 * the hidden data and metadata volumes plus the VG's metadata spare, with {@code %FREE} leaving
 * room for metadata and spare as lvm2 does. Without device-mapper it fails exactly as the
 * fixtures show, after printing the chunk notice and touching nothing.
 */
final class ThinPoolCreation {
    private static final String SPARE = "lvol0_pmspare";

    private ThinPoolCreation() {}

    static CommandResult run(LvmCommand.Context context, LvCreateCommand.Request request) {
        Optional<VolumeGroup> found = Creation.group(context, request.group());
        if (found.isEmpty()) return context.failed();
        VolumeGroup group = found.get();
        Optional<List<String>> devices = Creation.devices(context, group, request.devices());
        if (devices.isEmpty()) return context.failed();
        OptionalLong requested = Creation.extents(context, group, devices.get(), Creation.LvmCreateSizes.of(request));
        if (requested.isEmpty()) return context.failed();
        long data = requested.getAsLong();
        ThinPoolMath.Sizing sizing = ThinPoolMath.size(data, group.extentSize, request.chunkSize().orElse(0L),
                request.metadataSize().map(LvmSizeArgument::bytes).orElse(0L));
        boolean fromPercent = request.extents().map(LvmSizeArgument::isPercent).orElse(false)
                && !request.extents().get().percentOf().equals("VG");
        if (fromPercent) {
            if (data <= 2 * sizing.metadataExtents()) return context.output().err("  Not enough space for thin pool creation.").exit(LvmCommand.FAILED);
            data -= 2 * sizing.metadataExtents();
        }
        context.output().out("  Thin pool volume with chunk size " + LvmUnits.display(sizing.chunkBytes()) + " can address at most "
                + LvmUnits.display(ThinPoolMath.maximumData(sizing.chunkSectors())) + " of data.");
        if (!context.host().deviceMapper()) {
            context.output().err("  WARNING: Skipping zeroing and wipping, compiled without activation support.");
            context.output().err("  WARNING: Logical volume " + group.name + "/" + group.freeDefaultName() + " not zeroed.");
            return context.output().err("  Can't create thin-pool without using device-mapper kernel driver.").exit(LvmCommand.FAILED);
        }
        Optional<String> name = Creation.freeName(context, group, request.name());
        if (name.isEmpty()) return context.failed();
        ExtentAllocator allocator = new ExtentAllocator(context.state(), group, devices.get());
        long spare = group.volume(SPARE).map(LogicalVolume::extents).orElse(0L);
        long spareNeeded = Math.max(0, sizing.metadataExtents() - spare);
        long required = data + sizing.metadataExtents() + spareNeeded;
        if (allocator.free() < required) return context.output().err(Creation.insufficient(group, allocator.free(), required)).exit(LvmCommand.FAILED);
        if (spareNeeded > 0) {
            LogicalVolume spareVolume = group.volume(SPARE).orElseGet(() -> {
                LogicalVolume created = Creation.volume(context, SPARE, LogicalVolume.POOL_SPARE, List.of());
                group.volumes.add(created);
                return created;
            });
            ExtentAllocator.append(spareVolume, allocator.allocate(spareNeeded, Optional.empty()));
        }
        LogicalVolume pool = Creation.volume(context, name.get(), LogicalVolume.THIN_POOL, request.tags());
        pool.zeroNewBlocks = request.zero();
        pool.chunkSize = sizing.chunkBytes();
        LogicalVolume dataVolume = Creation.volume(context, pool.dataVolumeName(), LogicalVolume.POOL_DATA, List.of());
        ExtentAllocator.append(dataVolume, allocator.allocate(data, Optional.empty()));
        group.volumes.add(dataVolume);
        LogicalVolume metadataVolume = Creation.volume(context, pool.metadataVolumeName(), LogicalVolume.POOL_METADATA, List.of());
        ExtentAllocator.append(metadataVolume, allocator.allocate(sizing.metadataExtents(), Optional.empty()));
        group.volumes.add(metadataVolume);
        group.volumes.add(pool);
        context.output().out("  Logical volume \"" + pool.name + "\" created.");
        if (pool.zeroNewBlocks && sizing.chunkSectors() >= 1024) {
            context.output().err("  WARNING: Pool zeroing and " + LvmUnits.display(sizing.chunkBytes()) + " large chunk size slows down thin provisioning.");
            context.output().err("  WARNING: Consider disabling zeroing (-Zn) or using smaller chunk size (<" + LvmUnits.display(512 * 1024) + ").");
        }
        return context.output().ok();
    }
}
