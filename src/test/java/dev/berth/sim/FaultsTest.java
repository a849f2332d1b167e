package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.HostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planted faults hit exactly the commands they name, as many times as asked, after the ones let through. */
class FaultsTest {
    @TempDir
    Path dir;

    @Test
    void aFailFaultHitsTheMatchingCommandsAfterTheOnesLetThrough() throws Exception {
        SimLab lab = LabFixture.threeNodes(dir);
        lab.fault("worker-1", "mkdir /tmp/*", 2, 1, false);
        LabHost host = lab.connect("worker-1");
        assertEquals(0, host.run(Command.of("mkdir", "/tmp/a")).exitCode(), "the first is let through");
        CommandResult hit = host.run(Command.of("mkdir", "/tmp/b"));
        assertEquals(new CommandResult(1, "", "berth-lab: injected fault\n"), hit);
        assertEquals(0, host.run(Command.of("uname", "-n")).exitCode(), "other commands are not touched");
        assertEquals(1, host.run(Command.of("mkdir", "/tmp/c")).exitCode());
        assertEquals(0, host.run(Command.of("mkdir", "/tmp/d")).exitCode(), "two hits, then the fault is used up");
        assertEquals(List.of(), lab.faults("worker-1"));
        assertEquals(0, run(lab.host("worker-1"), "rmdir", "/tmp/a").exitCode());
        assertEquals(1, run(lab.host("worker-1"), "rmdir", "/tmp/b").exitCode(), "a failed command did not run");
    }

    @Test
    void aHangTimesOutInVirtualTimeWithoutRunningTheCommand() {
        SimLab lab = LabFixture.threeNodes(dir);
        lab.fault("worker-2", Fault.hang("lvcreate *"));
        Instant before = lab.clock().now();
        long started = System.nanoTime();
        HostException timeout = assertThrows(HostException.class,
                () -> lab.connect("worker-2", Duration.ofMinutes(2)).run(Command.of("lvcreate", "-L", "8m", "-n", "x", "vg0")));
        assertEquals(HostException.Kind.TIMEOUT, timeout.kind());
        assertEquals(before.plus(Duration.ofMinutes(2)), lab.clock().now(), "the caller waited its timeout, on the lab's clock");
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "and not in real time");
        assertEquals(CommandRecord.Outcome.HUNG, lab.history().get(0).outcome());
    }

    @Test
    void aLostAnswerMeansTheCommandRanButTheCallerDoesNotKnow() {
        SimLab lab = LabFixture.threeNodes(dir);
        lab.fault("worker-3", Fault.loseAnswer("pvcreate /dev/sdb"));
        HostException lost = assertThrows(HostException.class, () -> lab.connect("worker-3").run(Command.of("pvcreate", "/dev/sdb")));
        assertEquals(HostException.Kind.CONNECTION_LOST, lost.kind());
        assertTrue(run(lab.host("worker-3"), "pvs", "--reportformat", "json", "-o", "pv_name").stdout().contains("/dev/sdb"));
    }

    @Test
    void aDownHostIsUnreachableUntilItComesBack() throws Exception {
        SimLab lab = LabFixture.threeNodes(dir);
        lab.down("worker-1");
        LabHost host = lab.connect("worker-1");
        assertEquals(HostException.Kind.UNREACHABLE, assertThrows(HostException.class, () -> host.run(Command.of("uname", "-n"))).kind());
        assertEquals(HostException.Kind.UNREACHABLE, assertThrows(HostException.class, () -> host.runBatch(List.of(Command.of("uname", "-n")))).kind());
        assertEquals(HostException.Kind.UNREACHABLE, assertThrows(HostException.class, () -> host.readFile("/etc/drbd.conf")).kind());
        assertEquals(255, run(lab.host("worker-1"), "uname", "-n").exitCode(), "as a runner, like ssh failing to connect");
        lab.up("worker-1");
        assertEquals("worker-1\n", host.run(Command.of("uname", "-n")).stdout());
    }

    @Test
    void aHangInsideABatchLosesTheWholeBatch() {
        SimLab lab = LabFixture.threeNodes(dir);
        lab.fault("worker-1", Fault.hang("lsblk *"));
        HostException timeout = assertThrows(HostException.class, () -> lab.connect("worker-1")
                .runBatch(List.of(Command.of("uname", "-n"), Command.of("lsblk", "--json"), Command.of("uname", "-r"))));
        assertEquals(HostException.Kind.TIMEOUT, timeout.kind());
        assertEquals(2, lab.history().size(), "the commands after the hung one were never sent");
    }

    @Test
    void globsMatchTheWholeSpaceJoinedLine() {
        assertTrue(FaultMatcher.matches("lvcreate *", "lvcreate --size 8k vg0 -n r0"));
        assertTrue(FaultMatcher.matches("*r0_0000?*", "lvremove -f vg0/r0_00000"));
        assertTrue(!FaultMatcher.matches("lvcreate", "lvcreate -L 8m vg0"));
        assertTrue(!FaultMatcher.matches("lv*", "pvs"));
    }
}
