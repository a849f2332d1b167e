package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.Host;
import dev.berth.transport.HostException;
import dev.berth.transport.HostTarget;
import net.schmizz.sshj.common.SecurityUtils;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Getting in: host-key checking, key authentication and unreachable hosts, against a real SSH server. */
class SshConnectTest {
    private static TestSshServer server;
    private SshTestHome home;

    @BeforeAll
    static void startServer() throws Exception { server = new TestSshServer(); }

    @AfterAll
    static void stopServer() throws Exception { server.close(); }

    @BeforeEach
    void prepare(@TempDir Path folder) throws Exception {
        home = new SshTestHome(folder, server);
        server.runner = (command, stdin) -> CommandResult.ok("ran " + command + "\n");
    }

    @Test
    void aDefaultKeyAndAKnownHostGetIn() throws HostException {
        try (Host host = home.connector().connect(home.target())) {
            assertEquals("ran uname -n\n", host.run(Command.of("uname", "-n")).stdout());
        }
    }

    @Test
    void keyExchangeIsCurve25519WithTheJdkAloneAndNoBouncyCastle() throws HostException {
        try (Host host = home.connector().connect(home.target())) {
            host.run(Command.of("true"));
        }
        assertEquals("curve25519-sha256", server.keyExchanges.get(server.keyExchanges.size() - 1));
        assertNull(SecurityUtils.getSecurityProvider(), "sshj registered a security provider of its own");
    }

    @Test
    void aRefusedKeyIsAuthenticationFailedNamingTheKeysTried() throws Exception {
        Path stranger = home.home.resolve("keys/stranger");
        TestKeys.ecdsa(stranger);
        HostException refused = assertThrows(HostException.class, () -> home.connector().connect(home.withIdentity(stranger)));
        assertEquals(HostException.Kind.AUTHENTICATION_FAILED, refused.kind());
        assertEquals("node-a", refused.host());
        assertTrue(refused.getMessage().contains(stranger.toString()) && refused.getMessage().contains("deploy"), refused.getMessage());
        assertTrue(refused.getMessage().contains("SHA256:"), refused.getMessage());
    }

    @Test
    void aMissingNamedKeyIsSaidSo() {
        Path missing = home.home.resolve("keys/none");
        HostException refused = assertThrows(HostException.class, () -> home.connector().connect(home.withIdentity(missing)));
        assertEquals(HostException.Kind.AUTHENTICATION_FAILED, refused.kind());
        assertTrue(refused.getMessage().contains(missing + " (missing)"), refused.getMessage());
    }

    @Test
    void anUnknownHostKeyIsRefusedWithItsFingerprintAndTheLineToAdd() throws Exception {
        Files.writeString(home.knownHosts, "");
        HostException refused = assertThrows(HostException.class, () -> home.connector().connect(home.target()));
        assertEquals(HostException.Kind.HOST_KEY_REJECTED, refused.kind());
        assertTrue(refused.getMessage().contains(server.fingerprint()), refused.getMessage());
        assertTrue(refused.getMessage().contains(server.knownHostsLine()), refused.getMessage());
    }

    @Test
    void acceptNewHostKeysTrustsAnUnknownHostAndRemembersIt() throws Exception {
        Files.writeString(home.knownHosts, "# no trailing newline");
        try (Host host = home.connector().connect(home.target(true, false, Duration.ofSeconds(10)))) {
            host.run(Command.of("true"));
        }
        assertEquals(List.of("# no trailing newline", server.knownHostsLine()), Files.readAllLines(home.knownHosts));
        try (Host again = home.connector().connect(home.target())) {
            again.run(Command.of("true"));
        }
    }

    @Test
    void aChangedHostKeyIsRefusedEvenWithAcceptNewAndNamesTheOldLine() throws Exception {
        String impostor = PublicKeyEntry.toString(KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256).getPublic());
        Files.writeString(home.knownHosts, "# first line\n[127.0.0.1]:" + server.port() + " " + impostor + "\n");
        HostException refused = assertThrows(HostException.class,
                () -> home.connector().connect(home.target(true, false, Duration.ofSeconds(10))));
        assertEquals(HostException.Kind.HOST_KEY_REJECTED, refused.kind());
        assertTrue(refused.getMessage().contains(home.knownHosts + " line 2"), refused.getMessage());
        assertTrue(refused.getMessage().contains(server.fingerprint()) && refused.getMessage().contains(server.knownHostsLine()),
                refused.getMessage());
        assertEquals(2, Files.readAllLines(home.knownHosts).size(), "a changed key must never be appended");
    }

    @Test
    void keysOfAnotherTypeMeanTheHostIsNotNew() throws Exception {
        String ecdsa = PublicKeyEntry.toString(KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256).getPublic());
        Files.writeString(home.knownHosts, "[127.0.0.1]:" + server.port() + " " + ecdsa + "\n");
        HostException refused = assertThrows(HostException.class,
                () -> home.connector().connect(home.target(true, false, Duration.ofSeconds(10))));
        assertEquals(HostException.Kind.HOST_KEY_REJECTED, refused.kind());
        assertTrue(refused.getMessage().contains("ecdsa-sha2-nistp256"), refused.getMessage());
    }

    @Test
    void hashedKnownHostsEntriesAreRecognised() throws Exception {
        byte[] salt = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        Mac hmac = Mac.getInstance("HmacSHA1");
        hmac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = hmac.doFinal(("[127.0.0.1]:" + server.port()).getBytes(StandardCharsets.US_ASCII));
        Base64.Encoder base64 = Base64.getEncoder();
        String hashed = "|1|" + base64.encodeToString(salt) + "|" + base64.encodeToString(hash) + " "
                + PublicKeyEntry.toString(server.hostKey());
        Files.writeString(home.knownHosts, hashed + "\n");
        try (Host host = home.connector().connect(home.target())) {
            host.run(Command.of("true"));
        }
    }

    @Test
    void aHostThatAcceptsButNeverSpeaksTimesOutInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            HostTarget target = new HostTarget("node-c", "127.0.0.1", Optional.of("deploy"), Optional.of(silent.getLocalPort()),
                    Optional.empty(), Optional.empty(), false, false, Duration.ofMillis(500), Duration.ofSeconds(5));
            long start = System.nanoTime();
            HostException timeout = assertThrows(HostException.class, () -> home.connector().connect(target));
            assertEquals(HostException.Kind.TIMEOUT, timeout.kind(), timeout.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000, "the handshake wait was not bounded");
        }
    }

    @Test
    void oneConnectorServesParallelConnectionsAndLearnsANewKeyOnce() throws Exception {
        Files.writeString(home.knownHosts, "");
        SshHostConnector connector = home.connector();
        List<java.util.concurrent.Callable<String>> tasks = java.util.Collections.nCopies(4,
                () -> {
                    try (Host host = connector.connect(home.target(true, false, Duration.ofSeconds(10)))) {
                        return host.runBatch(List.of(Command.of("uname", "-n"))).get(0).stdout();
                    }
                });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (java.util.concurrent.Future<String> result : pool.invokeAll(tasks)) assertEquals("ran uname -n\n", result.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(server.knownHostsLine()), Files.readAllLines(home.knownHosts));
    }

    @Test
    void aClosedPortIsUnreachableAtOnce() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HostTarget target = new HostTarget("node-b", "127.0.0.1", Optional.of("deploy"), Optional.of(closed), Optional.empty(),
                Optional.empty(), false, false, Duration.ofSeconds(5), Duration.ofSeconds(5));
        long start = System.nanoTime();
        HostException unreachable = assertThrows(HostException.class, () -> home.connector().connect(target));
        assertEquals(HostException.Kind.UNREACHABLE, unreachable.kind());
        assertEquals("node-b", unreachable.host());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000, "took too long to refuse");
    }
}
