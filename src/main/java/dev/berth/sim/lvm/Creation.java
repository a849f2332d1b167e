package dev.berth.sim.lvm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Steps every kind of lvcreate shares, each printing lvm2's message when it refuses: finding the
 * VG, the PVs the command may allocate from, the extent count of {@code -L}/{@code -l} (with the
 * rounding notice), a free name, and the new volume itself.
 */
final class Creation {
    private Creation() {}

    static Optional<VolumeGroup> group(LvmCommand.Context context, String name) {
        Optional<VolumeGroup> group = context.state().volumeGroup(name);
        if (group.isEmpty()) context.groupNotFound(name);
        return group;
    }

    /** The PVs named on the command line, all of them in the VG; empty means the whole VG. */
    static Optional<List<String>> devices(LvmCommand.Context context, VolumeGroup group, List<String> named) {
        for (String device : named) {
            if (!group.devices.contains(device)) {
                context.output().err("  Physical Volume \"" + device + "\" not found in Volume group \"" + group.name + "\".");
                return Optional.empty();
            }
        }
        return Optional.of(named);
    }

    /** Extents for {@code -L SIZE} (rounded up, with LVM's notice) or {@code -l N[%FREE|%VG|%PVS]}; empty after a refusal. */
    static OptionalLong extents(LvmCommand.Context context, VolumeGroup group, List<String> devices, LvmCreateSizes sizes) {
        long extentSize = group.extentSize;
        if (sizes.size().isPresent()) {
            long bytes = sizes.size().get().bytes();
            long extents = LvmSizeArgument.extentsFor(bytes, extentSize);
            if (bytes % extentSize != 0) context.output().out("  Rounding up size to full physical extent " + LvmUnits.display(extents * extentSize));
            return OptionalLong.of(extents);
        }
        LvmSizeArgument argument = sizes.extents().orElseThrow();
        ExtentAllocator allocator = new ExtentAllocator(context.state(), group, devices);
        long extents;
        switch (argument.percentOf()) {
            case "":
                extents = argument.extents();
                break;
            case "FREE":
                extents = argument.extents() * allocator.free() / 100;
                break;
            case "VG":
                extents = argument.extents() * group.extentCount(context.state()) / 100;
                if (extents > group.freeExtents(context.state())) {
                    extents = group.freeExtents(context.state());
                    context.output().out("  Reducing " + argument.extents() + "%VG to remaining free space " + LvmUnits.display(extents * extentSize) + " in VG.");
                }
                break;
            case "PVS":
                extents = argument.extents() * (devices.isEmpty() ? group.extentCount(context.state()) : allocator.free()) / 100;
                break;
            default:
                context.output().err("  Please express size as %FREE, %PVS or %VG.");
                return OptionalLong.empty();
        }
        if (extents == 0) {
            context.output().err("  Calculated size of logical volume is 0 extents. Needs to be larger.");
            return OptionalLong.empty();
        }
        return OptionalLong.of(extents);
    }

    /** The name asked for, or LVM's next {@code lvolN}; empty (after LVM's message) when it is taken. */
    static Optional<String> freeName(LvmCommand.Context context, VolumeGroup group, Optional<String> asked) {
        String name = asked.orElseGet(group::freeDefaultName);
        if (group.volume(name).isPresent()) {
            context.output().err("  Logical Volume \"" + name + "\" already exists in volume group \"" + group.name + "\"");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    static LogicalVolume volume(LvmCommand.Context context, String name, String role, List<String> tags) {
        LogicalVolume volume = new LogicalVolume();
        volume.name = name;
        volume.uuid = context.host().newLvmUuid();
        volume.role = role;
        for (String tag : tags) if (!volume.tags.contains(tag)) volume.tags.add(tag);
        return volume;
    }

    static String insufficient(VolumeGroup group, long free, long required) {
        return "  Volume group \"" + group.name + "\" has insufficient free space (" + free + " extents): " + required + " required.";
    }

    /** The size options of a request, as Creation reads them. */
    record LvmCreateSizes(Optional<LvmSizeArgument> size, Optional<LvmSizeArgument> extents) {
        static LvmCreateSizes of(LvCreateCommand.Request request) {
            return new LvmCreateSizes(request.size(), request.extents());
        }
    }
}
