package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.sim.SimLab;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A lab verb on one node: the stack, the node, and the lab opened (created on first use) with the node checked. */
abstract class LabNodeCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Parameters(index = "1", paramLabel = "NODE", description = "The node.")
    String node;

    @Override
    public Integer call() throws Exception {
        DesiredCluster cluster = stackOptions.load(err());
        SimLab lab = LabAccess.open(stackOptions, cluster);
        LabAccess.requireNode(lab, node);
        return run(lab);
    }

    abstract int run(SimLab lab) throws Exception;
}
