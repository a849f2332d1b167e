package dev.berth.sim;

import dev.berth.model.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Berth's host lock is {@code mkdir /var/lib/berth/lock}: exactly one of many concurrent takers
 * wins, the others get exit 1 and "File exists", also when they go through separate SimLab
 * objects (as two processes would).
 */
class LockContractTest {
    @TempDir
    Path dir;

    @Test
    void exactlyOneConcurrentMkdirWins() throws Exception {
        LabFixture.threeNodes(dir);
        run(SimLab.open(dir).host("worker-1"), "mkdir", "-p", "/var/lib/berth");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<CommandResult>> takers = new ArrayList<>();
            for (int i = 0; i < 16; i++) takers.add(() -> run(SimLab.open(dir).host("worker-1"), "mkdir", "/var/lib/berth/lock"));
            List<Integer> exits = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (Future<CommandResult> result : pool.invokeAll(takers)) {
                exits.add(result.get().exitCode());
                if (!result.get().succeeded()) errors.add(result.get().stderr());
            }
            assertEquals(1, exits.stream().filter(e -> e == 0).count());
            assertEquals(15, exits.stream().filter(e -> e == 1).count());
            assertEquals("mkdir: cannot create directory '/var/lib/berth/lock': File exists\n", errors.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void releasingTheLockLetsTheNextTakerIn() {
        SimHost host = LabFixture.threeNodes(dir).host("worker-2");
        assertEquals(1, run(host, "mkdir", "/var/lib/berth/lock").exitCode(), "no parent folder yet");
        assertEquals(0, run(host, "mkdir", "-p", "/var/lib/berth").exitCode());
        assertEquals(0, run(host, "mkdir", "/var/lib/berth/lock").exitCode());
        assertEquals(1, run(host, "rmdir", "/var/lib/berth").exitCode(), "not empty");
        assertEquals(0, run(host, "rmdir", "/var/lib/berth/lock").exitCode());
        assertEquals(0, run(host, "mkdir", "/var/lib/berth/lock").exitCode());
    }
}
