package dev.berth.transport;

/** Opens hosts for one kind of transport. Connections are opened lazily or here; callers close the host. */
public interface HostConnector {
    Host connect(HostTarget target) throws HostException;
}
