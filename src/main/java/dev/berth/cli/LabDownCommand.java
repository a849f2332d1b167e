package dev.berth.cli;

import dev.berth.sim.SimLab;
import picocli.CommandLine.Command;

/** {@code berth lab down STACK NODE}: the host stops answering. */
@Command(name = "down", mixinStandardHelpOptions = true, description = "Make a simulated host stop answering (unreachable).")
final class LabDownCommand extends LabNodeCommand {
    @Override
    int run(SimLab lab) {
        lab.down(node);
        err().println(node + " is down");
        return ExitCode.OK;
    }
}
