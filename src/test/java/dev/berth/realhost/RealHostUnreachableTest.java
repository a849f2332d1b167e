package dev.berth.realhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.testing.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Four real hosts, explicit placement, one sshd stopped: only the resources on that host are blocked. */
@Tag("realhost")
class RealHostUnreachableTest {
    @RegisterExtension
    static final RealHostsExtension HOSTS = new RealHostsExtension(4, "--disk-size", "64M");

    @Test
    void aHostWhoseSshdIsStoppedIsUnreachableAndOnlyItsResourcesAreBlocked() {
        RealHosts hosts = HOSTS.hosts();
        Path stack = hosts.writeStack("four", """
                resourceGroups:
                  pairs: { pool: thick, replicas: 2 }
                resources:
                  left: { group: pairs, nodes: [host-1, host-2], volumes: [ { size: 8MiB } ] }
                  right: { group: pairs, nodes: [host-3, host-4], volumes: [ { size: 8MiB } ] }
                """);
        String state = hosts.dir().resolve("state").toString();
        CliRun before = CliRun.of("plan", stack.toString(), "--state-dir", state);
        assertEquals(0, before.exitCode(), before::toString);
        assertTrue(before.out().contains("0 blocked"), before::toString);

        hosts.stopSshd(3);
        CliRun discover = CliRun.of("discover", stack.toString(), "--state-dir", state);
        assertEquals(2, discover.exitCode(), "some hosts unreachable\n" + discover);
        assertTrue(discover.out().contains("4 host(s), 1 unreachable"), discover::toString);
        assertTrue(discover.out().contains("refused the connection"), discover::toString);

        CliRun plan = CliRun.of("plan", stack.toString(), "--state-dir", state);
        assertEquals(3, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains("host-unreachable  node.host-3"), plan::toString);
        List<String> steps = plan.out().lines().filter(line -> line.matches("  (volume|drbd|resource)\\.\\S+:\\S+\\s+host-[0-9]\\s.*")).toList();
        assertEquals(22, steps.size(), plan::toString);
        for (String step : steps) {
            boolean right = step.contains(".right");
            assertEquals(right, step.endsWith("BLOCKED"), "only the resource with a replica on host-3 is blocked: " + step);
        }
    }
}
