package dev.berth.apply;

import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resume or rollback takes over the lock its own journal's run left, but only once that run
 * cannot still be at work: its process is dead on this machine, or its lease has expired.
 */
class LockTakeoverTest {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final SortedSet<String> WORKER_1 = new TreeSet<>(java.util.List.of("worker-1"));

    @TempDir
    Path dir;

    @Test
    void aRunOfThisMachineKeepsItsLockWhileItsProcessLives() throws Exception {
        DesiredCluster cluster = Examples.parse(Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml")));
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        Sleeper clock = ApplyLab.clock(lab);
        Process firstRun = new ProcessBuilder("sleep", "60").start();
        try (HostPool hosts = new HostPool(new LabConnector(lab), DiscoveryTargets.of(cluster))) {
            leaveLock(hosts, new LockHolder("me@here", "", firstRun.pid(), "plan", "journal-1", clock.now().plus(LEASE)));
            HostLocks resume = new HostLocks(hosts, clock, LEASE);
            Optional<String> refused = resume.acquire(WORKER_1, "me@here", "plan", "journal-1");
            assertTrue(refused.orElse("").contains("held by the apply of this very journal, which may still be running"), refused.toString());
            firstRun.destroyForcibly().waitFor();
            assertEquals(Optional.empty(), resume.acquire(WORKER_1, "me@here", "plan", "journal-1"), "a dead run's lock is taken over");
        } finally {
            firstRun.destroyForcibly();
        }
    }

    @Test
    void aRunOfAnotherMachineKeepsItsLockUntilItsLeaseExpires() throws Exception {
        DesiredCluster cluster = Examples.parse(Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml")));
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        Sleeper clock = ApplyLab.clock(lab);
        try (HostPool hosts = new HostPool(new LabConnector(lab), DiscoveryTargets.of(cluster))) {
            leaveLock(hosts, new LockHolder("ci@runner-7", "", 4242, "plan", "journal-1", clock.now().plus(LEASE)));
            HostLocks resume = new HostLocks(hosts, clock, LEASE);
            assertTrue(resume.acquire(WORKER_1, "me@here", "plan", "journal-1").isPresent(), "ci@runner-7's run may still be at work");
            leaveLock(hosts, new LockHolder("ci@runner-7", "", 4242, "plan", "journal-1", clock.now().minusSeconds(1)));
            assertEquals(Optional.empty(), resume.acquire(WORKER_1, "me@here", "plan", "journal-1"), "an expired lease is taken over");
        }
    }

    private static void leaveLock(HostPool hosts, LockHolder holder) throws Exception {
        hosts.run("worker-1", Command.of("mkdir", "-p", LockHolder.FOLDER), "");
        hosts.write("worker-1", LockHolder.FILE, holder.toJson());
    }
}
