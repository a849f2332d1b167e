package dev.berth.benchmark;

import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.Discovery;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.observed.ObservedCluster;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.spec.StackReader;
import dev.berth.transport.Host;
import dev.berth.transport.HostConnector;
import dev.berth.transport.HostException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discovery of 1, 50 and 200 simulated hosts with 20 ms latency per batch and parallelism equal to
 * the host count. Prints wall time, round trips per host, the 200/1 ratio and peak heap. The
 * physical limit is one round trip per host, all at once: a ratio near 1.
 * Run: {@code mvn -q test -Dtest=DiscoveryBenchmark -Dberth.excludedGroups=none}
 */
@Tag("benchmark")
class DiscoveryBenchmark {
    static final int ROUNDS = 5;
    static final Duration LATENCY = Duration.ofMillis(Long.getLong("berth.latencyMs", 20));

    @TempDir
    Path dir;

    @Test
    void discoveryScalesWithHostsInParallel() {
        System.out.println("simulated lab (every host's bookkeeping runs under the lab's one lock, on this machine's 2 cores):");
        run(false);
        System.out.println("replayed answers (each host answers the lab's recorded outputs after the latency: Berth's own cost):");
        run(true);
    }

    private void run(boolean replay) {
        System.out.println("hosts  wall_ms  round_trips/host  peak_heap_MiB");
        double single = 0;
        for (int hosts : new int[] {1, 50, 200}) {
            DesiredCluster cluster = stack(hosts);
            SimLab lab = StackLab.reset(cluster, dir.resolve("lab-" + hosts + replay), StackLab.DEFAULT_DEVICE_SIZE,
                    LabOptions.defaults().withLatency(LATENCY));
            HostConnector connector = replay ? Replay.of(lab, cluster.nodes().keySet().iterator().next(), LATENCY) : new LabConnector(lab);
            for (int i = 0; i < 5; i++) discover(cluster, connector, new AtomicInteger()); // warm-up: class loading and JIT are not discovery
            AtomicInteger roundTrips = new AtomicInteger();
            resetPeakHeap();
            double[] walls = new double[ROUNDS];
            ObservedCluster observed = null;
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                observed = discover(cluster, connector, roundTrips);
                walls[round] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(walls);
            double wallMs = walls[ROUNDS / 2]; // the median round
            roundTrips.set(roundTrips.get() / ROUNDS);
            if (observed.reachable().size() != hosts) throw new AssertionError("not every host answered: " + observed.unreachable());
            if (hosts == 1) single = wallMs;
            System.out.printf(Locale.ROOT, "%5d  %7.1f  %16.2f  %13.1f%n", hosts, wallMs, roundTrips.get() / (double) hosts, peakHeapMiB());
            if (hosts == 200) System.out.printf(Locale.ROOT, "ratio 200/1: %.2f (goal < 1.3)%n", wallMs / single);
        }
    }

    static ObservedCluster discover(DesiredCluster cluster, HostConnector connector, AtomicInteger roundTrips) {
        HostConnector counting = target -> new CountingHost(connector.connect(target), roundTrips);
        return new Discovery(counting, cluster.nodes().size()).discover(DiscoveryTargets.of(cluster));
    }

    static DesiredCluster stack(int hosts) {
        StringBuilder yaml = new StringBuilder("apiVersion: berth/v1\nkind: Stack\nname: bench\nconnection: { transport: sim, parallelism: " + hosts + " }\nnodes:\n");
        for (int i = 1; i <= hosts; i++) yaml.append("  host-").append(i).append(": { address: 10.0.").append(i / 250).append('.').append(i % 250 + 1).append(" }\n");
        yaml.append("storagePools:\n  thin: { backend: lvm-thin, volumeGroup: vg, thinPool: pool }\n");
        return StackReader.read("bench.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)).cluster().orElseThrow();
    }

    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024.0 * 1024.0);
    }

    /** Answers every batch with one lab host's recorded answers after the latency: no lab bookkeeping at all. */
    static final class Replay {
        static HostConnector of(SimLab lab, String recordedNode, Duration latency) {
            List<CommandResult> recorded;
            try (Host host = lab.connect(recordedNode)) {
                recorded = host.runBatch(dev.berth.discovery.DiscoveryCommands.batch(List.of()));
            } catch (HostException e) {
                throw new IllegalStateException(e);
            }
            return target -> new Host() {
                @Override public String name() { return target.node(); }

                @Override public CommandResult run(Command command, String stdin) { throw new UnsupportedOperationException(); }

                @Override public List<CommandResult> runBatch(List<Command> commands) {
                    try {
                        Thread.sleep(latency.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return recorded.stream().map(r -> r.stdout().equals(recordedNode + "\n")
                            ? new CommandResult(0, target.node() + "\n", "") : r).toList();
                }

                @Override public void close() {}
            };
        }
    }

    /** Counts every exchange with a host: each run or batch is one round trip. */
    record CountingHost(Host host, AtomicInteger roundTrips) implements Host {
        @Override public String name() { return host.name(); }

        @Override public CommandResult run(Command command, String stdin) throws HostException {
            roundTrips.incrementAndGet();
            return host.run(command, stdin);
        }

        @Override public List<CommandResult> runBatch(List<Command> commands) throws HostException {
            roundTrips.incrementAndGet();
            return host.runBatch(commands);
        }

        @Override public void close() { host.close(); }
    }
}
