package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.Optional;

/** {@code pvremove DEV...}: wipes the label of orphan PVs; a PV still in a VG is refused, as captured. */
final class PvRemoveCommand implements LvmCommand {
    @Override
    public Arguments.Spec spec() { return LvmCommand.options(); }

    @Override
    public CommandResult run(Context context) {
        if (context.args().positional().isEmpty()) return context.invalid("Please enter a physical volume path.");
        boolean failed = false;
        for (String path : context.args().positional()) {
            Optional<LvmState.PhysicalVolume> physical = context.state().physicalVolume(path);
            if (context.host().devices().find(path).isEmpty()) {
                context.output().err("  No device found for " + path + ".");
                failed = true;
            } else if (physical.isEmpty()) {
                context.output().err("  No PV found on device " + path + ".");
                failed = true;
            } else if (!physical.get().orphan()) {
                context.output().err("  PV " + path + " is used by VG " + physical.get().volumeGroup + " so please use vgreduce first.");
                context.output().err("  (If you are certain you need pvremove, then confirm by using --force twice.)");
                context.output().err("  " + path + ": physical volume label not removed.");
                failed = true;
            } else {
                context.state().physicalVolumes.remove(physical.get());
                context.output().out("  Labels on physical volume \"" + path + "\" successfully wiped.");
            }
        }
        return failed ? context.failed() : context.output().ok();
    }
}
