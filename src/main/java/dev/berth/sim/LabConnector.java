package dev.berth.sim;

import dev.berth.transport.Host;
import dev.berth.transport.HostConnector;
import dev.berth.transport.HostException;
import dev.berth.transport.HostTarget;

/** Opens lab hosts for discovery and apply, as the SSH connector opens real ones. */
public final class LabConnector implements HostConnector {
    private final SimLab lab;

    public LabConnector(SimLab lab) { this.lab = lab; }

    @Override
    public Host connect(HostTarget target) throws HostException {
        if (!lab.nodes().contains(target.node())) {
            throw new HostException(HostException.Kind.UNREACHABLE, target.node(),
                    "node " + target.node() + " is not in the lab at " + lab.directory() + "; run 'berth lab reset' after adding nodes");
        }
        return lab.connect(target.node(), target.commandTimeout());
    }
}
