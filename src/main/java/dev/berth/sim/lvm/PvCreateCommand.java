package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.Optional;

/** {@code pvcreate [-y] [-ff] DEV...}: each usable device gets a label; the others are refused, exit 5. */
final class PvCreateCommand implements LvmCommand {
    @Override
    public Arguments.Spec spec() {
        return LvmCommand.options().value("zero", "-Z", "--zero").value("dataalignment", "--dataalignment");
    }

    @Override
    public CommandResult run(Context context) {
        if (context.args().positional().isEmpty()) return context.invalid("Please enter a physical volume path.");
        boolean failed = false;
        boolean wipe = context.args().has("yes") || context.args().count("force") >= 2;
        for (String path : context.args().positional()) {
            Optional<LvmState.PhysicalVolume> existing = context.state().physicalVolume(path);
            if (existing.isPresent() && !existing.get().orphan()) {
                context.output().err("  Can't initialize physical volume \"" + path + "\" of volume group \"" + existing.get().volumeGroup + "\" without -ff");
                context.output().err("  " + path + ": physical volume not initialized.");
                failed = true;
            } else if (PhysicalVolumes.usable(context, path, wipe)) {
                PhysicalVolumes.create(context, path);
            } else {
                failed = true;
            }
        }
        return failed ? context.failed() : context.output().ok();
    }
}
