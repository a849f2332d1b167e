package dev.berth.transport.ssh;

import dev.berth.model.CommandResult;
import dev.berth.transport.CommandRunner;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * An SSH server on 127.0.0.1 and an ephemeral port, for one test class: an ed25519 host key made
 * at start, public-key authentication against {@link #authorize}d keys, and exec requests
 * answered by {@link FakeExec} through {@link #runner}. It records what arrived so tests can
 * assert on exec strings, sessions and the negotiated key exchange.
 */
final class TestSshServer implements AutoCloseable {
    /** Thrown by a runner to make the server cut the connection in the middle of a command. */
    static final class DropConnection extends RuntimeException {
        DropConnection() { super("dropping the connection", null, false, false); }
    }

    static {
        // MINA logs every session at INFO; slf4j-simple reads a logger's level when it is created
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "warn");
    }

    final List<String> execStrings = new CopyOnWriteArrayList<>();
    final List<String> keyExchanges = new CopyOnWriteArrayList<>();
    volatile CommandRunner runner = (command, stdin) -> CommandResult.failed(127, "sh: 1: " + command.program() + ": not found\n");
    volatile boolean sudoNeedsPassword;

    private final Set<PublicKey> authorized = new CopyOnWriteArraySet<>();
    private final KeyPair hostKey;
    private final SshServer server;

    TestSshServer() throws IOException, GeneralSecurityException { this("127.0.0.1", 0); }

    /** On one loopback address and port: several servers on 127.0.0.1, .2, .3 and one port stand for the nodes of a stack. */
    TestSshServer(String address, int port) throws IOException, GeneralSecurityException {
        hostKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        server = SshServer.setUpDefaultServer();
        server.setHost(address);
        server.setPort(port);
        // as OpenSSH's sshd does for every session; with Nagle on, each exit status waits ~40 ms
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> authorized.stream().anyMatch(known -> KeyUtils.compareKeys(known, key)));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> new FakeExec(this, command));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionNegotiationEnd(Session session, java.util.Map<KexProposalOption, String> clientProposal,
                                              java.util.Map<KexProposalOption, String> serverProposal,
                                              java.util.Map<KexProposalOption, String> negotiatedOptions, Throwable reason) {
                if (reason == null) keyExchanges.add(negotiatedOptions.get(KexProposalOption.ALGORITHMS));
            }
        });
        server.start();
    }

    int port() { return server.getPort(); }

    PublicKey hostKey() { return hostKey.getPublic(); }

    /** The line OpenSSH would write for this server, made with MINA's code rather than ours. */
    String knownHostsLine() { return "[" + server.getHost() + "]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic()); }

    /** The host key's fingerprint as ssh-keygen -l prints it, again computed by MINA. */
    String fingerprint() { return KeyUtils.getFingerPrint(hostKey.getPublic()); }

    void authorize(PublicKey key) { authorized.add(key); }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
