package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code vgremove [-f] VG...}: a VG with LVs needs {@code -f} (without it LVM asks, and a
 * non-interactive caller answers no); with it every visible LV is removed in creation order, each
 * with its message. The PVs stay labelled, as orphans.
 */
final class VgRemoveCommand implements LvmCommand {
    @Override
    public Arguments.Spec spec() { return LvmCommand.options(); }

    @Override
    public CommandResult run(Context context) {
        if (context.args().positional().isEmpty()) return context.invalid("Please enter one or more volume group paths");
        boolean failed = false;
        for (String name : context.args().positional()) {
            Optional<VolumeGroup> found = context.state().volumeGroup(name);
            if (found.isEmpty()) {
                context.groupNotFound(name);
                failed = true;
                continue;
            }
            VolumeGroup group = found.get();
            List<LogicalVolume> visible = group.visibleVolumes();
            if (!visible.isEmpty() && !context.args().has("force")) {
                context.output().err("Do you really want to remove volume group \"" + name + "\" containing " + visible.size()
                        + " logical volumes? [y/n]: [n]");
                context.output().err("  Volume group \"" + name + "\" not removed");
                failed = true;
                continue;
            }
            Optional<LogicalVolume> busy = visible.stream().filter(lv -> LvmVolumes.holder(context.host(), group, lv).isPresent()).findFirst();
            if (busy.isPresent()) {
                context.output().err("  Logical volume " + name + "/" + busy.get().name + " in use.");
                failed = true;
                continue;
            }
            // creation order, a pool's thin volumes just before the pool (removing a pool removes its dependents first)
            List<LogicalVolume> printed = new ArrayList<>();
            for (LogicalVolume volume : visible) {
                List<LogicalVolume> batch = new ArrayList<>(volume.thinPool() ? LvmVolumes.thinVolumesOf(group, volume) : List.of());
                batch.add(volume);
                for (LogicalVolume removed : batch) {
                    if (printed.contains(removed)) continue;
                    printed.add(removed);
                    context.output().out("  Logical volume \"" + removed.name + "\" successfully removed.");
                }
            }
            for (String device : group.devices) context.state().physicalVolume(device).ifPresent(PhysicalVolumes::leave);
            context.state().volumeGroups.remove(group);
            context.output().out("  Volume group \"" + name + "\" successfully removed");
        }
        return failed ? context.failed() : context.output().ok();
    }
}
