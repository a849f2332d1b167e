package dev.berth.apply;

import dev.berth.discovery.DiscoveryTarget;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.Host;
import dev.berth.transport.HostConnector;
import dev.berth.transport.HostException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One open connection per host for the whole apply. A {@link Host} serves one thread at a time, so
 * every use goes through {@link #on}, which holds that host's monitor: a wait polling a host simply
 * queues behind the step running there. A lost connection is dropped and reopened on next use.
 */
final class HostPool implements AutoCloseable {
    interface Work<T> {
        T on(Host host) throws HostException;
    }

    private final HostConnector connector;
    private final Map<String, DiscoveryTarget> targets = new HashMap<>();
    private final Map<String, Object> monitors = new HashMap<>();
    private final Map<String, Host> open = new HashMap<>();

    HostPool(HostConnector connector, List<DiscoveryTarget> targets) {
        this.connector = connector;
        targets.forEach(t -> this.targets.put(t.node(), t));
    }

    <T> T on(String node, Work<T> work) throws HostException {
        synchronized (monitor(node)) {
            Host host = host(node);
            try {
                return work.on(host);
            } catch (HostException lost) {
                if (lost.kind() != HostException.Kind.COMMAND_FAILED) drop(node);
                throw lost;
            }
        }
    }

    CommandResult run(String node, Command command, String stdin) throws HostException {
        return on(node, host -> host.run(command, stdin));
    }

    Optional<String> read(String node, String path) throws HostException { return on(node, host -> host.readFile(path)); }

    void write(String node, String path, String content) throws HostException {
        on(node, host -> {
            host.writeFile(path, content, "0644");
            return null;
        });
    }

    private synchronized Object monitor(String node) { return monitors.computeIfAbsent(node, n -> new Object()); }

    private Host host(String node) throws HostException {
        synchronized (this) {
            Host host = open.get(node);
            if (host != null) return host;
        }
        DiscoveryTarget target = targets.get(node);
        if (target == null) throw new HostException(HostException.Kind.UNREACHABLE, node, "the stack does not say how to reach " + node);
        Host host = connector.connect(target.target());
        synchronized (this) {
            open.put(node, host);
        }
        return host;
    }

    private synchronized void drop(String node) {
        Host host = open.remove(node);
        if (host != null) host.close();
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Host::close);
        open.clear();
    }
}
