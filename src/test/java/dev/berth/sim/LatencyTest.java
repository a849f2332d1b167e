package dev.berth.sim;

import dev.berth.model.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one test that spends real time, because latency is real time by design: it is what lets
 * callers measure parallelism. A batch costs one latency; hosts wait in parallel.
 */
class LatencyTest {
    private static final Duration LATENCY = Duration.ofMillis(150);

    @TempDir
    Path dir;

    @Test
    void aBatchCostsOneLatencyNotOnePerCommand() throws Exception {
        SimLab lab = SimLab.create(dir, List.of(LabFixture.node("worker-1", "10.0.0.1")), LabOptions.defaults().withLatency(LATENCY));
        List<Command> batch = Collections.nCopies(10, Command.of("uname", "-n"));
        long started = System.nanoTime();
        assertEquals(10, lab.connect("worker-1").runBatch(batch).size());
        long elapsed = System.nanoTime() - started;
        assertTrue(elapsed >= LATENCY.toNanos(), "one latency is spent");
        assertTrue(elapsed < 5 * LATENCY.toNanos(), "but not ten: " + Duration.ofNanos(elapsed));
    }

    @Test
    void hostsWaitInParallel() throws Exception {
        SimLab lab = LabFixture.threeNodes(dir);
        lab.setLatency(LATENCY);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            long started = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (String node : lab.nodes()) calls.add(pool.submit(() -> lab.connect(node).run(Command.of("uname", "-n"))));
            for (Future<?> call : calls) call.get();
            long elapsed = System.nanoTime() - started;
            assertTrue(elapsed < 2.5 * LATENCY.toNanos(), "three hosts answered in about one latency: " + Duration.ofNanos(elapsed));
        } finally {
            pool.shutdownNow();
        }
    }
}
