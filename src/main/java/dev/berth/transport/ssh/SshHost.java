package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.transport.ExecutingHost;
import dev.berth.transport.HostException;
import dev.berth.transport.ProcessOutput;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.transport.TransportException;

import java.io.IOException;
import java.time.Duration;

/**
 * One node over one SSH connection, reused for every command (a handshake costs more than most
 * commands). A lost connection fails the command that was running with {@code CONNECTION_LOST}
 * and is opened again, host key checked again, by the next command. Calls are serialised: one
 * connection, one command at a time, as {@link dev.berth.transport.Host} promises.
 */
final class SshHost extends ExecutingHost {
    /** Opens and authenticates a fresh connection. */
    @FunctionalInterface
    interface Opener {
        SSHClient open() throws HostException;
    }

    private final ConnectionSettings settings;
    private final Duration commandTimeout;
    private final Opener opener;
    private final java.util.function.Supplier<java.util.Optional<String>> fingerprint;
    private SSHClient client;

    SshHost(ConnectionSettings settings, boolean sudo, Duration commandTimeout, Opener opener,
            java.util.function.Supplier<java.util.Optional<String>> fingerprint) {
        super(settings.node(), sudo);
        this.settings = settings;
        this.commandTimeout = commandTimeout;
        this.opener = opener;
        this.fingerprint = fingerprint;
    }

    @Override
    public java.util.Optional<String> hostKeyFingerprint() { return fingerprint.get(); }

    /** Connects now, if not connected: the connector calls it so that connect() reports unreachable hosts. */
    synchronized void connect() throws HostException {
        if (client != null && client.isConnected() && client.isAuthenticated()) return;
        disconnect();
        client = opener.open();
    }

    @Override
    protected synchronized ProcessOutput execute(Command command, byte[] stdin) throws HostException {
        connect();
        try {
            return SshExecution.run(client, name(), command, stdin, commandTimeout);
        } catch (ConnectionException | TransportException e) {
            disconnect();
            throw SshFailures.running(name(), command, e);
        }
    }

    @Override
    protected String user() { return settings.user(); }

    @Override
    public synchronized void close() { disconnect(); }

    private void disconnect() {
        if (client == null) return;
        try {
            client.disconnect();
        } catch (IOException ignored) {
            // closing a connection that is already broken
        }
        client = null;
    }
}
