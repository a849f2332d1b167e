package dev.berth.cli;

import dev.berth.desired.Connection;
import dev.berth.desired.DesiredCluster;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Credentials for apply: the flag, else the environment, else the stack; and the fingerprints a plan's target carries. */
class SshCredentialsTest {
    @Test
    void aFlagBeatsTheEnvironmentWhichBeatsTheStack() {
        DesiredCluster cluster = Examples.load("mysql-ha");
        SshCredentials credentials = new SshCredentials();
        credentials.user = "ci";
        Map<String, String> environment = Map.of("BERTH_SSH_USER", "env-user", "BERTH_SSH_IDENTITY", "/keys/deploy",
                "BERTH_KNOWN_HOSTS", "");
        Connection connection = credentials.applyTo(cluster, name -> Optional.ofNullable(environment.get(name))).connection();
        assertEquals(Optional.of("ci"), connection.user());
        assertEquals(Optional.of("/keys/deploy"), connection.identityFile());
        assertEquals(cluster.connection().knownHosts(), connection.knownHosts(), "an empty variable is no value");
        assertEquals(cluster.connection().port(), connection.port());
    }

    @Test
    void aTargetCarriesFingerprintsAndGivesThemBack() {
        String target = "ssh:worker-1=10.0.0.1,worker-2=fe80::1,worker-3=db.example";
        Map<String, String> keys = Map.of("worker-1", "SHA256:abc/+9", "worker-3", "SHA256:xyz");
        String pinned = HostKeyPins.withFingerprints(target, keys);
        assertEquals("ssh:worker-1=10.0.0.1 (SHA256:abc/+9),worker-2=fe80::1,worker-3=db.example (SHA256:xyz)", pinned);
        assertEquals(keys, HostKeyPins.fingerprints(pinned));
        assertEquals(target, HostKeyPins.withoutFingerprints(pinned));
        assertEquals("lab:/tmp/x", HostKeyPins.withFingerprints("lab:/tmp/x", keys));
    }
}
