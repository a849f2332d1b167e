package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.Host;
import dev.berth.transport.HostException;
import dev.berth.transport.HostTarget;
import net.schmizz.sshj.common.SecurityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Getting in: key authentication, the handshake's algorithms and deadline, and unreachable hosts. */
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
    void aHostThatAcceptsButNeverSpeaksTimesOutInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HostTarget target = new HostTarget("node-c", "127.0.0.1", Optional.of("deploy"), Optional.of(silent.getLocalPort()),
                    Optional.empty(), Optional.empty(), false, false, Duration.ofMillis(500), Duration.ofSeconds(5));
            long start = System.nanoTime();
            HostException timeout = assertThrows(HostException.class, () -> home.connector().connect(target));
            assertEquals(HostException.Kind.TIMEOUT, timeout.kind(), timeout.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000, "the handshake wait was not bounded");
        }
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
