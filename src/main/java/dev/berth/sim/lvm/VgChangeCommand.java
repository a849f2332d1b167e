package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.Optional;

/**
 * {@code vgchange --addtag/--deltag T VG} and {@code vgchange -a y|n VG}. Activation changes
 * nothing in the lab (LVs of a device-mapper host are always active) but answers as LVM does.
 */
final class VgChangeCommand implements LvmCommand {
    @Override
    public Arguments.Spec spec() {
        return LvmCommand.options().value("addtag", "--addtag").value("deltag", "--deltag").value("activate", "-a", "--activate");
    }

    @Override
    public CommandResult run(Context context) {
        if (context.args().positional().isEmpty()) return context.invalid("Please specify volume group name(s)");
        for (String tag : context.args().values("addtag")) {
            if (!LvmNames.validTag(tag)) {
                return context.output().err("  Invalid argument for --addtag: " + tag).err("  Error during parsing of command line.").exit(INVALID);
            }
        }
        boolean failed = false;
        for (String name : context.args().positional()) {
            Optional<VolumeGroup> group = context.state().volumeGroup(name);
            if (group.isEmpty()) {
                context.groupNotFound(name);
                failed = true;
                continue;
            }
            if (context.args().has("activate")) {
                boolean active = context.args().value("activate").orElse("y").startsWith("y") && context.host().deviceMapper();
                context.output().out("  " + (active ? group.get().visibleVolumes().size() : 0) + " logical volume(s) in volume group \"" + name + "\" now active");
            }
            if (context.args().has("addtag") || context.args().has("deltag")) {
                for (String tag : context.args().values("addtag")) if (!group.get().tags.contains(tag)) group.get().tags.add(tag);
                group.get().tags.removeAll(context.args().values("deltag"));
                context.output().out("  Volume group \"" + name + "\" successfully changed");
            }
        }
        return failed ? context.failed() : context.output().ok();
    }
}
