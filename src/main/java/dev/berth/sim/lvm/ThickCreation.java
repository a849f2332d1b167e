package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A thick (linear) LV, in the order lvm2 2.03.16 checks and speaks (fixtures/lvcreate): VG, size,
 * name; without device-mapper the "Skipping zeroing" warning comes before the space check and
 * "not zeroed" after the allocation; then "Logical volume ... created."
 */
final class ThickCreation {
    private ThickCreation() {}

    static CommandResult run(LvmCommand.Context context, LvCreateCommand.Request request) {
        Optional<VolumeGroup> found = Creation.group(context, request.group());
        if (found.isEmpty()) return context.failed();
        VolumeGroup group = found.get();
        Optional<List<String>> devices = Creation.devices(context, group, request.devices());
        if (devices.isEmpty()) return context.failed();
        OptionalLong extents = Creation.extents(context, group, devices.get(), Creation.LvmCreateSizes.of(request));
        if (extents.isEmpty()) return context.failed();
        Optional<String> name = Creation.freeName(context, group, request.name());
        if (name.isEmpty()) return context.failed();
        boolean deviceMapper = context.host().deviceMapper();
        if (!deviceMapper) context.output().err("  WARNING: Skipping zeroing and wipping, compiled without activation support.");
        ExtentAllocator allocator = new ExtentAllocator(context.state(), group, devices.get());
        if (allocator.free() < extents.getAsLong()) {
            return context.output().err(Creation.insufficient(group, allocator.free(), extents.getAsLong())).exit(LvmCommand.FAILED);
        }
        LogicalVolume volume = Creation.volume(context, name.get(), LogicalVolume.LINEAR, request.tags());
        ExtentAllocator.append(volume, allocator.allocate(extents.getAsLong(), Optional.empty()));
        group.volumes.add(volume);
        if (!deviceMapper) context.output().err("  WARNING: Logical volume " + group.name + "/" + volume.name + " not zeroed.");
        return context.output().out("  Logical volume \"" + volume.name + "\" created.").ok();
    }
}
