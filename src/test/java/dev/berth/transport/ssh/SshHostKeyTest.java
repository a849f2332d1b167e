package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.Host;
import dev.berth.transport.HostException;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Strict host-key checking against a real SSH server: unknown keys refused with what to add,
 * acceptNewHostKeys learning a key once, changed keys refused with the line that holds the old one.
 */
class SshHostKeyTest {
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
    void aRevokedKeyIsRefusedEvenWhenAlsoListedAsTrusted() throws Exception {
        Files.writeString(home.knownHosts, server.knownHostsLine() + "\n@revoked " + server.knownHostsLine() + "\n");
        HostException refused = assertThrows(HostException.class, () -> home.connector().connect(home.target()));
        assertEquals(HostException.Kind.HOST_KEY_REJECTED, refused.kind());
        assertTrue(refused.getMessage().contains("revoked in " + home.knownHosts + " line 2"), refused.getMessage());
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
    void oneConnectorServesParallelConnectionsAndLearnsANewKeyOnce() throws Exception {
        Files.writeString(home.knownHosts, "");
        SshHostConnector connector = home.connector();
        List<Callable<String>> tasks = Collections.nCopies(4,
                () -> {
                    try (Host host = connector.connect(home.target(true, false, Duration.ofSeconds(10)))) {
                        return host.runBatch(List.of(Command.of("uname", "-n"))).get(0).stdout();
                    }
                });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<String> result : pool.invokeAll(tasks)) assertEquals("ran uname -n\n", result.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(server.knownHostsLine()), Files.readAllLines(home.knownHosts));
    }
}
