package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.sim.SimLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code berth lab up STACK NODE}: the host answers again. */
@Command(name = "up", mixinStandardHelpOptions = true, description = "Make a simulated host answer again.")
final class LabUpCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Parameters(index = "1", paramLabel = "NODE", description = "The node.")
    String node;

    @Override
    public Integer call() {
        DesiredCluster cluster = stackOptions.load(err());
        SimLab lab = LabAccess.open(stackOptions, cluster);
        LabAccess.requireNode(lab, node);
        lab.up(node);
        err().println(node + " is up");
        return ExitCode.OK;
    }
}
