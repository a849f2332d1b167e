package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.sim.SimLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code berth lab down STACK NODE}: the host stops answering. */
@Command(name = "down", mixinStandardHelpOptions = true, description = "Make a simulated host stop answering (unreachable).")
final class LabDownCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Parameters(index = "1", paramLabel = "NODE", description = "The node.")
    String node;

    @Override
    public Integer call() {
        DesiredCluster cluster = stackOptions.load(err());
        SimLab lab = LabAccess.open(stackOptions, cluster);
        LabAccess.requireNode(lab, node);
        lab.down(node);
        err().println(node + " is down");
        return ExitCode.OK;
    }
}
