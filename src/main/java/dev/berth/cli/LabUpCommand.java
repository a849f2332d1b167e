package dev.berth.cli;

import dev.berth.sim.SimLab;
import picocli.CommandLine.Command;

/** {@code berth lab up STACK NODE}: the host answers again. */
@Command(name = "up", mixinStandardHelpOptions = true, description = "Make a simulated host answer again.")
final class LabUpCommand extends LabNodeCommand {
    @Override
    int run(SimLab lab) {
        lab.up(node);
        err().println(node + " is up");
        return ExitCode.OK;
    }
}
