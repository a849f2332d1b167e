package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.Optional;

/**
 * {@code lvchange --addtag/--deltag T VG/LV}, {@code lvchange --zero y|n VG/POOL} (LINSTOR turns
 * zeroing on when lv_attr lacks the {@code z}), and {@code -a y|n} (accepted; the lab keeps LVs
 * active). Messages as lvm2 2.03.16's tools/lvchange.c prints them.
 */
final class LvChangeCommand implements LvmCommand {
    @Override
    public Arguments.Spec spec() {
        return LvmCommand.options().value("addtag", "--addtag").value("deltag", "--deltag").value("zero", "-Z", "--zero")
                .value("activate", "-a", "--activate");
    }

    @Override
    public CommandResult run(Context context) {
        Arguments args = context.args();
        if (args.positional().isEmpty()) return context.invalid("Please give logical volume path(s)");
        for (String tag : args.values("addtag")) {
            if (!LvmNames.validTag(tag)) {
                return context.output().err("  Invalid argument for --addtag: " + tag).err("  Error during parsing of command line.").exit(INVALID);
            }
        }
        boolean failed = false;
        for (String argument : args.positional()) {
            Optional<String[]> reference = LvmNames.volumeReference(argument);
            if (reference.isEmpty()) return context.invalid("Please give logical volume path(s)");
            Optional<VolumeGroup> group = context.state().volumeGroup(reference.get()[0]);
            if (group.isEmpty()) {
                context.groupNotFound(reference.get()[0]);
                failed = true;
                continue;
            }
            String display = group.get().name + "/" + reference.get()[1];
            Optional<LogicalVolume> volume = group.get().volume(reference.get()[1]).filter(LogicalVolume::visible);
            if (volume.isEmpty()) {
                context.output().err("  Failed to find logical volume \"" + display + "\"");
                failed = true;
                continue;
            }
            if (args.has("zero") && !volume.get().thinPool()) {
                context.output().err("  Command on LV " + display + " uses options that require LV types thinpool .");
                context.output().err("  Command not permitted on LV " + display + ".");
                failed = true;
                continue;
            }
            boolean changed = false;
            if (args.has("addtag") || args.has("deltag")) {
                for (String tag : args.values("addtag")) if (!volume.get().tags.contains(tag)) volume.get().tags.add(tag);
                volume.get().tags.removeAll(args.values("deltag"));
                changed = true;
            }
            if (args.has("zero")) {
                boolean zero = !args.value("zero").get().startsWith("n");
                if (volume.get().zeroNewBlocks == zero) {
                    if (changed) context.output().out("  Logical volume " + display + " changed.");
                    context.output().err("  Logical volume " + display + " already " + (zero ? "" : "does not ") + "zero new blocks.");
                    failed = true;
                    continue;
                }
                volume.get().zeroNewBlocks = zero;
                changed = true;
            }
            if (changed) context.output().out("  Logical volume " + display + " changed.");
        }
        return failed ? context.failed() : context.output().ok();
    }
}
