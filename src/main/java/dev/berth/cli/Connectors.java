package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.sim.LabConnector;
import dev.berth.transport.HostConnector;
import dev.berth.transport.local.LocalHostConnector;
import dev.berth.transport.ssh.SshHostConnector;

import java.nio.file.Path;
import java.util.Optional;

/** Which hosts a command talks to: the lab when asked for (or when the stack says sim), else the stack's transport. */
final class Connectors {
    private Connectors() {}

    static HostConnector forStack(DesiredCluster cluster, Optional<Path> labDir) {
        if (labDir.isPresent()) return new LabConnector(StackLab.openOrCreate(cluster, labDir.get()));
        switch (cluster.connection().transport()) {
            case LOCAL: return new LocalHostConnector();
            case SSH: return new SshHostConnector();
            default: throw new IllegalStateException("a sim stack always has a lab folder");
        }
    }
}
