package dev.berth.transport.ssh;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.spec.StackReader;
import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code berth plan --out} on one machine and {@code berth apply --plan} on another, over SSH to
 * embedded servers (127.0.0.1, .2, .3 on one port) answered by lab hosts. The planning stack names
 * its key and known_hosts; the applying one does not, and gets them from the command line. The
 * plan's target pins each host key's fingerprint, and apply refuses a host whose key changed.
 */
class SshSavedPlanTest {
    private static final List<String> NODES = List.of("worker-1", "worker-2", "worker-3");

    @TempDir
    Path dir;

    private final List<TestSshServer> servers = new ArrayList<>();
    private int port;
    private KeyPair key;
    private SimLab lab;
    private Path planned;

    @BeforeEach
    void serversAndAPlan() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        key = TestKeys.ed25519(dir.resolve("ssh/id_ed25519"));
        Path planning = writeStack("planning", "user: deploy, identityFile: \"" + dir.resolve("ssh/id_ed25519") + "\", knownHosts: \""
                + dir.resolve("ssh/known_hosts") + "\", ");
        var loaded = StackReader.read(planning.resolve("stack.yaml"));
        DesiredCluster cluster = loaded.cluster().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
        lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        for (int i = 0; i < NODES.size(); i++) servers.add(server(i));
        writeKnownHosts();
        planned = dir.resolve("plan.json");
        CliRun plan = CliRun.of("plan", planning.toString(), "--out", planned.toString(), "--state-dir", dir.resolve("planner").toString());
        assertEquals(0, plan.exitCode(), plan::toString);
    }

    @AfterEach
    void stop() throws Exception {
        for (TestSshServer server : servers) server.close();
    }

    @Test
    void thePlanPinsEveryHostKeyAndAnotherMachineAppliesItWithCredentialsFromTheCommandLine() throws Exception {
        String saved = Files.readString(planned);
        for (int i = 0; i < NODES.size(); i++) {
            assertTrue(saved.contains(NODES.get(i) + "=127.0.0." + (i + 1) + " (" + servers.get(i).fingerprint() + ")"), saved);
        }

        CliRun apply = apply();

        assertEquals(0, apply.exitCode(), apply::toString);
        assertTrue(servers.get(1).execStrings.stream().anyMatch(exec -> exec.startsWith("sudo -n -- lvcreate")), "applied over SSH");
    }

    @Test
    void aHostWhoseKeyChangedSincePlanningIsRefusedNamingBothFingerprints() throws Exception {
        String planned = servers.get(1).fingerprint();
        servers.get(1).close();
        servers.set(1, server(1)); // worker-2 reinstalled: a new key, which this machine's known_hosts already trusts
        writeKnownHosts();

        CliRun apply = apply();

        assertEquals(3, apply.exitCode(), apply::toString);
        assertTrue(apply.out().contains("the host key of worker-2 (127.0.0.2) is " + servers.get(1).fingerprint()
                + ", but the plan was made against " + planned), apply::toString);
        assertTrue(servers.get(1).execStrings.stream().noneMatch(exec -> exec.contains("lvcreate")), "nothing ran");
    }

    private CliRun apply() throws Exception {
        Path applying = writeStack("applying", "");
        return CliRun.of("apply", applying.toString(), "--plan", planned.toString(), "--auto-approve", "--state-dir",
                dir.resolve("applier").toString(), "--ssh-user", "deploy", "--identity", dir.resolve("ssh/id_ed25519").toString(),
                "--known-hosts", dir.resolve("ssh/known_hosts").toString());
    }

    private TestSshServer server(int index) throws Exception {
        TestSshServer server = new TestSshServer("127.0.0." + (index + 1), port);
        server.authorize(key.getPublic());
        String node = NODES.get(index);
        server.runner = (command, stdin) -> lab.host(node).run(command, stdin);
        return server;
    }

    private void writeKnownHosts() throws Exception {
        StringBuilder lines = new StringBuilder();
        servers.forEach(server -> lines.append(server.knownHostsLine()).append('\n'));
        Files.writeString(dir.resolve("ssh/known_hosts"), lines.toString());
    }

    /** The demo stack over SSH to 127.0.0.1-3 with {@code credentials} in its connection, in a folder of its own. */
    private Path writeStack(String name, String credentials) throws Exception {
        String yaml = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"))
                .replace("connection: { transport: sim }", "connection: { transport: ssh, " + credentials + "sudo: true, port: " + port + " }")
                .replace("192.0.2.11", "127.0.0.1").replace("192.0.2.12", "127.0.0.2").replace("192.0.2.13", "127.0.0.3");
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("stack.yaml"), yaml);
        return folder;
    }
}
