package dev.berth.transport.local;

import dev.berth.transport.Host;
import dev.berth.transport.HostConnector;
import dev.berth.transport.HostTarget;

/**
 * Opens this machine as the host for a node. Only the node's name, {@code sudo} and the command
 * timeout apply; the address, user, port and keys of the target are SSH's business and ignored.
 */
public final class LocalHostConnector implements HostConnector {
    @Override
    public Host connect(HostTarget target) {
        return new LocalHost(target.node(), target.commandTimeout(), target.sudo());
    }
}
