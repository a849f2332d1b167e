package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.sim.SimLab;

import java.nio.file.Path;

/** The lab of a stack for the lab verbs: the --lab folder, or the stack's default one. */
final class LabAccess {
    private LabAccess() {}

    static Path folder(StackOptions options, DesiredCluster cluster) {
        if (options.lab != null && !options.lab.isEmpty()) return Path.of(options.lab);
        return options.stateDir.resolve("lab").resolve(cluster.name());
    }

    static SimLab open(StackOptions options, DesiredCluster cluster) {
        return StackLab.openOrCreate(cluster, folder(options, cluster));
    }

    static void requireNode(SimLab lab, String node) {
        if (!lab.nodes().contains(node)) {
            throw new UserError("no node '" + node + "' in the lab at " + lab.directory() + "; nodes: " + String.join(", ", lab.nodes()));
        }
    }
}
