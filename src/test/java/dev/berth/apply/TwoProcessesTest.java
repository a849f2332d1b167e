package dev.berth.apply;

import dev.berth.testing.ChildBerth;
import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two {@code berth apply} processes started at the same moment on one lab: the hosts' locks (and
 * the in-progress records behind them) let exactly one proceed; the other exits 3 naming who
 * holds the lock. The lab's latency keeps the winner busy long enough for the loser to meet it.
 */
class TwoProcessesTest {
    @TempDir
    Path dir;

    @Test
    void twoAppliesFromTwoProcessesExactlyOneProceeds() {
        Path state = dir.resolve("state");
        ApplyLab lab = new ApplyLab("mysql-ha", state.resolve("lab").resolve("mysql-ha"), state);
        lab.lab.setLatency(Duration.ofMillis(20));
        String stack = Examples.FOLDER.resolve("mysql-ha").toString();

        List<ChildBerth> children = List.of("first", "second").stream()
                .map(name -> ChildBerth.start(dir, name, "apply", stack, "--state-dir", state.toString(), "--auto-approve")).toList();
        List<Integer> codes = children.stream().map(ChildBerth::exitCode).toList();

        assertEquals(List.of(0, 3), codes.stream().sorted().toList(), children::toString);
        ChildBerth loser = children.get(codes.indexOf(3));
        String said = loser.out() + loser.err(); // the engine's refusal is a report (stdout); the refusal before planning, a message
        assertTrue(said.contains("is held by ") && said.contains("(pid "), loser::toString);
        lab.lab.setLatency(Duration.ZERO);
        CliRun plan = CliRun.of("plan", stack, "--state-dir", state.toString(), "--detailed-exitcode");
        assertEquals(0, plan.exitCode(), plan::toString);
    }
}
