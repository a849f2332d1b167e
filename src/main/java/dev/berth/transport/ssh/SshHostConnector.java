package dev.berth.transport.ssh;

import dev.berth.transport.Host;
import dev.berth.transport.HostConnector;
import dev.berth.transport.HostException;
import dev.berth.transport.HostTarget;
import net.schmizz.keepalive.KeepAlive;
import net.schmizz.keepalive.KeepAliveRunner;
import net.schmizz.sshj.SSHClient;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens nodes over SSH with sshj: settings from the stack, then {@code ~/.ssh/config}; strict
 * host-key checking against known_hosts; public-key authentication. Thread-safe: it holds
 * immutable settings and a synchronized known_hosts cache, so discovery may connect to every host
 * in parallel through one instance.
 */
public final class SshHostConnector implements HostConnector {
    /** A silent peer is declared lost after this many seconds times {@link #KEEPALIVE_MISSES}. */
    static final int KEEPALIVE_SECONDS = 15;
    static final int KEEPALIVE_MISSES = 3;

    /** Loaded with the connector, so BouncyCastle is switched off before any key is parsed. */
    private static final SshClientConfig CONFIG = SshClientConfig.INSTANCE;

    /** Closes the sockets of handshakes that overran; one daemon thread for all connectors. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "berth-ssh-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final Path home;
    private final String localUser;
    private final SshConfigFile config;
    private final List<Path> globalKnownHosts;
    private final KnownHostsCache knownHostsCache = new KnownHostsCache();

    /** The real user's ~/.ssh and the system's /etc/ssh/ssh_known_hosts. */
    public SshHostConnector() {
        this(Path.of(System.getProperty("user.home")), System.getProperty("user.name"), List.of(Path.of("/etc/ssh/ssh_known_hosts")));
    }

    /** {@code home} holds .ssh/config, the default keys and known_hosts; tests point it at a folder of their own. */
    public SshHostConnector(Path home, String localUser, List<Path> globalKnownHosts) {
        this.home = home;
        this.localUser = localUser;
        this.config = SshConfigFile.read(home.resolve(".ssh").resolve("config"));
        this.globalKnownHosts = List.copyOf(globalKnownHosts);
    }

    /**
     * Loads and initializes what the first connection needs (sshj's configuration and transport,
     * the JDK's X25519, Ed25519, AES-GCM and HMAC), so that a command can do it on another core
     * while it reads its stack. Harmless when no connection follows; failures are the connection's to report.
     */
    public static void warmUp() {
        try {
            java.security.KeyPairGenerator.getInstance("X25519").generateKeyPair();
            javax.crypto.KeyAgreement.getInstance("X25519");
            java.security.KeyFactory.getInstance("Ed25519");
            java.security.Signature.getInstance("Ed25519");
            javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            javax.crypto.Mac.getInstance("HmacSHA256");
            new SSHClient(CONFIG).close();
        } catch (java.security.GeneralSecurityException | IOException | RuntimeException ignored) {
            // only a head start: the real connection meets the same problem and says what it is
        }
    }

    @Override
    public Host connect(HostTarget target) throws HostException {
        ConnectionSettings settings;
        try {
            settings = ConnectionSettings.resolve(target, config, home, localUser);
        } catch (IllegalArgumentException e) {
            throw new HostException(HostException.Kind.UNREACHABLE, target.node(), "cannot connect to " + target.node() + ": " + e.getMessage(), e);
        }
        java.util.concurrent.atomic.AtomicReference<String> fingerprint = new java.util.concurrent.atomic.AtomicReference<>();
        SshHost host = new SshHost(settings, target.sudo(), target.commandTimeout(), () -> open(target, settings, fingerprint),
                () -> java.util.Optional.ofNullable(fingerprint.get()));
        host.connect();
        return host;
    }

    private SSHClient open(HostTarget target, ConnectionSettings settings, java.util.concurrent.atomic.AtomicReference<String> fingerprint)
            throws HostException {
        int timeout = Math.toIntExact(target.connectTimeout().toMillis());
        List<Path> knownHostsFiles = new ArrayList<>(List.of(settings.knownHosts()));
        knownHostsFiles.addAll(globalKnownHosts);
        StrictHostKeyVerifier verifier;
        try {
            verifier = new StrictHostKeyVerifier(settings, knownHostsCache.read(knownHostsFiles), target.acceptNewHostKeys());
        } catch (IOException e) {
            throw new HostException(HostException.Kind.HOST_KEY_REJECTED, settings.node(), "cannot read " + knownHostsFiles + ": " + e.getMessage(), e);
        }
        SSHClient client = new SSHClient(CONFIG);
        client.addHostKeyVerifier(verifier);
        ClientSockets sockets = new ClientSockets();
        client.setSocketFactory(sockets);
        client.setConnectTimeout(timeout);
        // handshake, authentication and channel requests each wait at most this long for an answer
        client.getTransport().setTimeoutMs(timeout);
        client.getConnection().setTimeoutMs(timeout);
        KeepAlive keepAlive = client.getConnection().getKeepAlive();
        keepAlive.setKeepAliveInterval(KEEPALIVE_SECONDS);
        if (keepAlive instanceof KeepAliveRunner) ((KeepAliveRunner) keepAlive).setMaxAliveCount(KEEPALIVE_MISSES);
        // The whole handshake (TCP, version lines, key exchange, authentication) gets the connect timeout.
        ScheduledFuture<?> deadline = DEADLINES.schedule(sockets::abort, timeout, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try {
            client.connect(settings.hostName(), settings.port());
            Identities.authenticate(client, settings);
            if (!deadline.cancel(false)) throw new SocketTimeoutException("the deadline closed the socket");
            verifier.trusted().ifPresent(fingerprint::set);
            return client;
        } catch (HostException | IOException | RuntimeException e) {
            // cancel() fails once the deadline has run: then whatever broke, it broke because we closed it
            // sshj's own timeouts (the same length) may close the socket a moment before our deadline does
            boolean expired = !deadline.cancel(false) || System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(timeout);
            disconnect(client);
            if (expired && verifier.rejection() == null) {
                throw new HostException(HostException.Kind.TIMEOUT, settings.node(), settings.node() + " (" + settings.endpoint()
                        + ") did not complete the SSH handshake within " + timeout + " ms (connect timeout)", e);
            }
            if (e instanceof HostException) throw (HostException) e;
            throw SshFailures.connecting(settings, verifier, e, target.connectTimeout());
        }
    }

    private static void disconnect(SSHClient client) {
        try {
            client.disconnect();
        } catch (IOException ignored) {
            // it never fully opened
        }
    }
}
