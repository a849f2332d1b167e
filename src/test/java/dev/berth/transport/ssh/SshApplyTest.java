package dev.berth.transport.ssh;

import dev.berth.apply.ApplyEngine;
import dev.berth.apply.ApplyEnvironment;
import dev.berth.apply.ApplyOptions;
import dev.berth.apply.Sleeper;
import dev.berth.apply.events.ApplyReport;
import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.spec.StackReader;
import dev.berth.testing.Examples;
import dev.berth.testing.PlannedLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The apply engine over real SSH: one embedded SSH server per node (127.0.0.1, .2 and .3 on one
 * port, strict host keys, key authentication, {@code sudo -n}), each answering with a lab host, so
 * locks, journal records, discovery batches and atomic file writes all travel as they would to
 * real machines. Two applies at once: exactly one proceeds, the other is refused naming the holder.
 */
class SshApplyTest {
    private static final List<String> NODES = List.of("worker-1", "worker-2", "worker-3");

    @TempDir
    Path dir;

    private final List<TestSshServer> servers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (TestSshServer server : servers) server.close();
    }

    @Test
    void twoAppliesOverSshAtOnceExactlyOneProceeds() throws Exception {
        int port = freePort();
        Path key = dir.resolve("ssh/id_ed25519");
        Path knownHosts = dir.resolve("ssh/known_hosts");
        KeyPair pair = TestKeys.ed25519(key);
        DesiredCluster cluster = stack(port, key, knownHosts);
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        lab.setLatency(Duration.ofMillis(2)); // real time per command, so the two runs overlap
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < NODES.size(); i++) {
            String node = NODES.get(i);
            TestSshServer server = new TestSshServer("127.0.0." + (i + 1), port);
            server.authorize(pair.getPublic());
            server.runner = (command, stdin) -> lab.host(node).run(command, stdin);
            servers.add(server);
            lines.append(server.knownHostsLine()).append('\n');
        }
        Files.writeString(knownHosts, lines.toString());
        Plan plan = PlannedLab.plan(cluster, lab, PlanOptions.defaults());

        ExecutorService two = Executors.newFixedThreadPool(2);
        Callable<ApplyReport> apply = () -> engine(cluster, lab, "apply-" + Thread.currentThread().getName()).apply(plan);
        List<Future<ApplyReport>> runs = two.invokeAll(List.of(apply, apply));
        two.shutdown();

        List<ApplyReport> reports = List.of(runs.get(0).get(), runs.get(1).get());
        List<ApplyReport.Outcome> outcomes = reports.stream().map(ApplyReport::outcome).toList();
        assertEquals(1, outcomes.stream().filter(o -> o == ApplyReport.Outcome.SUCCEEDED).count(), reports::toString);
        ApplyReport refused = reports.stream().filter(r -> r.outcome() == ApplyReport.Outcome.REFUSED).findFirst().orElseThrow();
        assertEquals(3, refused.exitCode());
        assertTrue(refused.problems().get(0).contains("is held by ssh-test@"), refused::toString);
        assertTrue(servers.get(0).execStrings.stream().anyMatch(exec -> exec.startsWith("sudo -n -- mkdir /var/lib/berth/lock")),
                "the lock is taken over SSH");
        assertEquals(false, PlannedLab.plan(cluster, lab, PlanOptions.defaults()).hasChanges(), "the winner converged the hosts");
    }

    private ApplyEngine engine(DesiredCluster cluster, SimLab lab, String name) {
        Sleeper clock = new Sleeper() {
            @Override public Instant now() { return lab.clock().now(); }

            @Override public void sleep(Duration duration) { lab.clock().advance(duration); }
        };
        ApplyEnvironment environment = new ApplyEnvironment(new SshHostConnector(dir.resolve("home"), "tester", List.of()),
                DiscoveryTargets.of(cluster), clock, variable -> Optional.empty(), dir.resolve("state"), event -> { },
                Map.of("stack_path", cluster.name()));
        return new ApplyEngine(environment, ApplyOptions.defaults().withHolder("ssh-test@" + name));
    }

    /** The demo stack over SSH to 127.0.0.1-3, the test's key and known_hosts. */
    private static DesiredCluster stack(int port, Path key, Path knownHosts) throws Exception {
        String yaml = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"))
                .replace("connection: { transport: sim }", "connection: { transport: ssh, user: deploy, sudo: true, port: " + port
                        + ", identityFile: \"" + key + "\", knownHosts: \"" + knownHosts + "\" }")
                .replace("192.0.2.11", "127.0.0.1").replace("192.0.2.12", "127.0.0.2").replace("192.0.2.13", "127.0.0.3");
        var loaded = StackReader.read("stack.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return loaded.cluster().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
    }

    /** A port free on 127.0.0.1 (the others share its fate on a loopback interface). */
    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
