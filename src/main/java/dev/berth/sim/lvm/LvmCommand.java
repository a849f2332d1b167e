package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;
import dev.berth.sim.SimHost;
import dev.berth.sim.ToolOutput;

/** One LVM program: the options it takes and what it does with the host's LVM metadata. */
interface LvmCommand {
    /** ECMD_FAILED: the command ran and failed (LVM's exit 5). */
    int FAILED = 5;
    /** EINVALID_CMD_LINE: the command line was refused (exit 3). */
    int INVALID = 3;

    Arguments.Spec spec();

    CommandResult run(Context context);

    /** Everything a command works with; {@code output} already holds the activation warning when it applies. */
    record Context(SimHost host, LvmState state, Arguments args, ToolOutput output, String program) {
        CommandResult failed() { return output.exit(FAILED); }

        CommandResult invalid(String message) {
            return output.err("  " + message).err("  Run `" + program + " --help' for more information.").exit(INVALID);
        }

        /** The two lines LVM prints for a VG name it cannot find. */
        CommandResult groupNotFound(String name) {
            output.err("  Volume group \"" + name + "\" not found").err("  Cannot process volume group " + name);
            return failed();
        }
    }

    /** Options every LVM command accepts; commands add their own. */
    static Arguments.Spec options() {
        return new Arguments.Spec()
                .value("config", "--config")
                .flag("verbose", "-v", "--verbose")
                .flag("quiet", "-q", "--quiet")
                .flag("debug", "-d", "--debug")
                .flag("yes", "-y", "--yes")
                .flag("force", "-f", "--force")
                .value("driverloaded", "--driverloaded")
                .flag("nolocking", "--nolocking");
    }
}
