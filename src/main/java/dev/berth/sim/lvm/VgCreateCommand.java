package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code vgcreate [--addtag T] [-s SIZE] VG DEV...} and {@code vgextend VG DEV...}. Devices that
 * are not PVs yet are pvcreated on the way (with pvcreate's checks and messages); a PV that
 * belongs to a VG is refused with lvm2's three lines.
 */
final class VgCreateCommand implements LvmCommand {
    private final boolean extend;

    VgCreateCommand(boolean extend) {
        this.extend = extend;
    }

    @Override
    public Arguments.Spec spec() {
        return LvmCommand.options().value("addtag", "--addtag").value("extentsize", "-s", "--physicalextentsize");
    }

    @Override
    public CommandResult run(Context context) {
        List<String> positional = context.args().positional();
        if (positional.isEmpty()) return context.invalid("Please provide volume group name and physical volumes");
        String name = positional.get(0);
        List<String> paths = positional.subList(1, positional.size());
        for (String tag : context.args().values("addtag")) {
            if (!LvmNames.validTag(tag)) {
                return context.output().err("  Invalid argument for --addtag: " + tag).err("  Error during parsing of command line.").exit(INVALID);
            }
        }
        if (!extend && !LvmNames.validName(name)) {
            context.output().err("  Name contains invalid character, valid set includes: [a-zA-Z0-9.-_+].");
            return context.invalid("New volume group name \"" + name + "\" is invalid.");
        }
        if (paths.isEmpty()) return context.invalid("Please enter physical volume name(s)");
        Optional<VolumeGroup> existing = context.state().volumeGroup(name);
        if (!extend && existing.isPresent()) {
            return context.output().err("  A volume group called " + name + " already exists.").exit(FAILED);
        }
        List<LvmState.PhysicalVolume> joining = new ArrayList<>();
        boolean wipe = context.args().has("yes");
        for (String path : paths) {
            Optional<LvmState.PhysicalVolume> physical = context.state().physicalVolume(path);
            if (physical.isPresent() && !physical.get().orphan()) {
                String owner = physical.get().volumeGroup;
                context.output().err("  Physical volume '" + path + "' is already in volume group '" + owner + "'");
                context.output().err("  Unable to add physical volume '" + path + "' to volume group '" + owner + "'");
                context.output().err("  " + path + ": physical volume not initialized.");
                return context.failed();
            }
            if (physical.isPresent()) {
                joining.add(physical.get());
            } else if (PhysicalVolumes.usable(context, path, wipe)) {
                joining.add(PhysicalVolumes.create(context, path));
            } else {
                return context.failed();
            }
        }
        if (extend && existing.isEmpty()) return context.groupNotFound(name);
        VolumeGroup group = existing.orElseGet(() -> newGroup(context, name));
        if (group.extentSize <= 0) return context.invalid("Physical extent size may not be zero.");
        for (LvmState.PhysicalVolume physical : joining) PhysicalVolumes.join(physical, group);
        if (extend) return context.output().out("  Volume group \"" + name + "\" successfully extended").ok();
        for (String tag : context.args().values("addtag")) if (!group.tags.contains(tag)) group.tags.add(tag);
        context.state().volumeGroups.add(group);
        return context.output().out("  Volume group \"" + name + "\" successfully created").ok();
    }

    private static VolumeGroup newGroup(Context context, String name) {
        VolumeGroup group = new VolumeGroup();
        group.name = name;
        group.uuid = context.host().newLvmUuid();
        context.args().value("extentsize").flatMap(LvmSizeArgument::size).ifPresent(size -> group.extentSize = size.bytes());
        return group;
    }
}
