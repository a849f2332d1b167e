package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;

import java.util.List;
import java.util.Optional;

/**
 * The resize itself once the target is known: thin volumes change their virtual size, pools grow
 * their data volume, linear volumes gain extents (next to their last segment first) or give back
 * their last ones. lvm2 names a pool's data volume in the "changed from" line.
 */
final class VolumeResizing {
    private final LvmCommand.Context context;
    private final VolumeGroup group;
    private final LogicalVolume volume;
    private final List<String> devices;

    VolumeResizing(LvmCommand.Context context, VolumeGroup group, LogicalVolume volume, List<String> devices) {
        this.context = context;
        this.group = group;
        this.volume = volume;
        this.devices = devices;
    }

    CommandResult grow(long current, long wanted) {
        if (!volume.thinVolume()) {
            LogicalVolume extended = volume.thinPool() ? group.volume(volume.dataVolumeName()).orElseThrow() : volume;
            ExtentAllocator allocator = new ExtentAllocator(context.state(), group, devices);
            long needed = wanted - current;
            if (allocator.free() < needed) {
                return context.output().err("  Insufficient free space: " + needed + " extents needed, but only " + allocator.free() + " available")
                        .exit(LvmCommand.FAILED);
            }
            Optional<Segment> last = extended.segments.isEmpty() ? Optional.empty() : Optional.of(extended.segments.get(extended.segments.size() - 1));
            ExtentAllocator.append(extended, allocator.allocate(needed, last));
        } else {
            volume.virtualSize = wanted * group.extentSize;
        }
        return changed(current, wanted);
    }

    CommandResult shrink(long current, long wanted) {
        String display = group.name + "/" + volume.name;
        if (volume.thinPool()) {
            return context.output().err("  Thin pool volumes " + group.name + "/" + volume.dataVolumeName() + " cannot be reduced in size yet.").exit(LvmCommand.FAILED);
        }
        if (context.host().deviceMapper()) {
            boolean open = LvmVolumes.isOpen(context.host(), group, volume);
            context.output().err("  WARNING: Reducing active" + (open ? " and open" : "") + " logical volume to " + LvmUnits.display(wanted * group.extentSize) + ".");
            context.output().err("  THIS MAY DESTROY YOUR DATA (filesystem etc.)");
            if (!context.args().has("force") && !context.args().has("yes")) {
                context.output().err("Do you really want to reduce " + display + "? [y/n]: [n]");
                return context.output().err("  Logical volume " + display + " NOT reduced.").exit(LvmCommand.FAILED);
            }
        }
        if (volume.thinVolume()) {
            volume.virtualSize = wanted * group.extentSize;
            volume.mappedBytes = Math.min(volume.mappedBytes, volume.virtualSize);
        } else {
            ExtentAllocator.trim(volume, current - wanted);
        }
        return changed(current, wanted);
    }

    private CommandResult changed(long current, long wanted) {
        String shown = volume.thinPool() ? volume.dataVolumeName() : volume.name;
        long extentSize = group.extentSize;
        context.output().out("  Size of logical volume " + group.name + "/" + shown + " changed from " + LvmUnits.display(current * extentSize)
                + " (" + current + " extents) to " + LvmUnits.display(wanted * extentSize) + " (" + wanted + " extents).");
        return context.output().out("  Logical volume " + group.name + "/" + volume.name + " successfully resized.").ok();
    }
}
