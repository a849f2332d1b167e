package dev.berth.realhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.berth.testing.CliRun;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Applies that meet or die on real hosts over real SSH: a second apply while the first holds the
 * hosts' locks (held still with SIGSTOP, so the two surely meet), and an apply killed with SIGKILL
 * (a child JVM) that {@code --resume} finishes.
 */
@Tag("realhost")
class RealHostApplyCrashTest {
    @RegisterExtension
    static final RealHostsExtension HOSTS = new RealHostsExtension(3, "--disk-size", "256M");
    private static final String TWO_RESOURCES = "  mysql-data-0: { group: mysql, volumes: [ { size: 20MiB } ] }\n"
            + "  mysql-data-1: { group: mysql, volumes: [ { size: 12MiB } ] }\n";

    private ApplyOnRealHosts apply;

    @BeforeEach
    void bareHosts(TestInfo test) {
        apply = ApplyOnRealHosts.forTest(HOSTS.hosts(), test);
    }

    @Test
    void ofTwoAppliesAtOnceExactlyOneProceeds() throws InterruptedException {
        apply.writeStack(TWO_RESOURCES);
        Process first = apply.applyInChildJvm("first");
        try {
            // the first apply holds every host's lock from before its first step to its end
            waitFor("the first apply's first finished step", () -> apply.finishedSteps() >= 1, first, "first");
            ApplyOnRealHosts.signal(first, "STOP");
            CliRun second = apply.berth("apply", "STACK", "--auto-approve");
            assertEquals(3, second.exitCode(), () -> second + "\n--- the first apply\n" + apply.childOutput("first"));
            assertTrue((second.out() + second.err()).contains("is held by " + System.getProperty("user.name")) && second.err().contains("(pid " + first.pid() + ", plan "),
                    () -> "names the holder, the first apply's process\n" + second + "\n--- the first apply\n" + apply.childOutput("first"));
            ApplyOnRealHosts.signal(first, "CONT");
            assertTrue(first.waitFor(180, TimeUnit.SECONDS), "the first apply ends");
            assertEquals(0, first.exitValue(), apply.childOutput("first"));
        } finally {
            first.destroyForcibly().waitFor();
        }
        apply.assertNoChanges();
    }

    @Test
    void anApplyKilledAfterTenStepsIsResumedToConvergence() throws InterruptedException {
        apply.writeStack(TWO_RESOURCES);
        Process killed = apply.applyInChildJvm("killed");
        try {
            waitFor("ten finished steps in the journal", () -> apply.finishedSteps() >= 10, killed, "killed");
        } finally {
            killed.destroyForcibly().waitFor(); // SIGKILL: no undo, no cleanup, locks and records left
        }
        assertEquals(137, killed.exitValue(), "killed by SIGKILL");
        CliRun plan = apply.berth("plan", "STACK");
        assertTrue(plan.err().contains("berth apply --resume " + apply.journal()), "the hosts record the crashed apply\n" + plan + "\n--- the killed apply\n" + apply.childOutput("killed"));

        CliRun resumed = apply.berth("apply", "--resume", apply.journal().toString());
        assertEquals(0, resumed.exitCode(), resumed::toString);
        assertTrue(resumed.out().contains("Apply succeeded"), resumed::toString);
        apply.assertNoChanges();
    }


    /** Polls until {@code condition}; fails if the child {@code name} ends first or after two minutes. */
    private void waitFor(String what, BooleanSupplier condition, Process process, String name) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) fail("the apply ended before " + what + ":\n" + apply.childOutput(name));
            if (Instant.now().isAfter(deadline)) fail("no " + what + " within two minutes");
            Thread.sleep(50);
        }
    }
}
