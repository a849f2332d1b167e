package dev.berth.benchmark;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.PlanRequest;
import dev.berth.plan.Planner;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.spec.StackReader;
import dev.berth.testing.Golden;
import dev.berth.testing.PlannedLab;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Plans 1,000 and 10,000 resources × 3 replicas on 100 hosts: the planner's own time (warm,
 * median of 5, in a JVM with bin/berth's collector for plan: the pom gives surefire the same), and
 * the whole {@code berth plan} through {@code bin/berth} with {@code -Xmx512m} on the lab (needs
 * {@code mvn -DskipTests package} first), the heap the plan holds and the whole command's peak heap.
 * Run: {@code mvn -q test -Dtest=PlannerBenchmark -Dberth.excludedGroups=none}
 */
@Tag("benchmark")
class PlannerBenchmark {
    @TempDir
    Path dir;

    @Test
    void plannerScalesLinearly() throws Exception {
        System.out.println("resources  planner_ms  steps  whole_plan_cli_s(-Xmx512m)  exit");
        for (int resources : Boolean.getBoolean("berth.small") ? new int[] {1000} : new int[] {1000, 10000}) {
            Path stackDir = dir.resolve("stack-" + resources);
            Files.createDirectories(stackDir);
            Files.writeString(stackDir.resolve("stack.yaml"), stack(resources), StandardCharsets.UTF_8);
            DesiredCluster cluster = StackReader.read(stackDir).cluster().orElseThrow();
            SimLab lab = StackLab.reset(cluster, dir.resolve("lab-" + resources), StackLab.DEFAULT_DEVICE_SIZE.plus(StackLab.DEFAULT_DEVICE_SIZE)
                    .plus(StackLab.DEFAULT_DEVICE_SIZE), LabOptions.defaults());
            ObservedCluster observed = PlannedLab.discover(cluster, lab);
            PlanRequest request = new PlanRequest(cluster, observed, PlanOptions.defaults(), "sha256:bench", "lab:bench", Map.of());
            Plan plan = null;
            for (int i = 0; i < 8; i++) Planner.plan(request); // warm-up: C2 settles after about as many rounds
            long[] times = new long[5];
            long[] cpu = new long[5];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < times.length; i++) {
                plan = null; // one plan alive at a time, as in a berth run: the last one's 200 MB would weigh on the collector
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                plan = Planner.plan(request);
                times[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            }
            java.util.Arrays.sort(times);
            java.util.Arrays.sort(cpu);
            // a shared machine's other work stretches wall time; the planner thread's own CPU time does not move with it
            System.out.printf(Locale.ROOT, "  planner thread CPU: %.0f ms; wall min %.0f ms, max %.0f ms%n", cpu[2] / 1e6, times[0] / 1e6,
                    times[4] / 1e6);
            long[] idTimes = new long[3];
            for (int i = 0; i < idTimes.length; i++) {
                long start = System.nanoTime();
                dev.berth.plan.codec.PlanId.of(plan);
                idTimes[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(idTimes);
            System.out.printf(Locale.ROOT, "  of which the plan id: %.0f ms%n", idTimes[1] / 1e6);
            int steps = plan.steps().size();
            long withPlan = usedAfterCollection();
            plan = null;
            System.out.printf(Locale.ROOT, "  the plan holds %.0f MiB of heap%n", (withPlan - usedAfterCollection()) / (1024.0 * 1024));
            double cli = wholeCommandSeconds(stackDir, dir.resolve("lab-" + resources));
            System.out.printf(Locale.ROOT, "%9d  %10.0f  %5d  %26s%n", resources, times[2] / 1e6, steps,
                    Double.isNaN(cli) ? "n/a (build the jar first)" : String.format(Locale.ROOT, "%.1f", cli));
        }
    }

    /** The heap in use after full collections (two: a plan's objects may need a second one to go). */
    private static long usedAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * The largest heap in use (young and old, just before a collection) and the largest that a
     * collection left, from the whole command's GC log: what {@code -Xmx512m} has to hold.
     */
    private static String peakHeap(Path gcLog) throws java.io.IOException {
        java.util.regex.Pattern pause = java.util.regex.Pattern.compile("Pause .* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
        long before = 0;
        long after = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = pause.matcher(line);
            if (!m.find()) continue;
            before = Math.max(before, Long.parseLong(m.group(1)));
            after = Math.max(after, Long.parseLong(m.group(2)));
        }
        return "peak heap " + before + " MiB in use, " + after + " MiB live after a collection";
    }

    /** {@code bin/berth plan STACK --lab DIR --out FILE} with {@code -Xmx512m}, timed (its archive written by an untimed first run). */
    private static double wholeCommandSeconds(Path stack, Path lab) throws Exception {
        Path jar = Golden.projectDir().resolve("target/berth.jar");
        if (!Files.exists(jar)) return Double.NaN;
        ProcessBuilder builder = new ProcessBuilder(Golden.projectDir().resolve("bin/berth").toString(), "plan", stack.toString(),
                "--lab=" + lab, "--format", "json", "--out", lab.resolve("plan.json").toString());
        Path gcLog = lab.resolve("gc.log");
        builder.environment().put("BERTH_JAVA_OPTS", "-Xmx512m");
        builder.environment().put("XDG_CACHE_HOME", lab.resolve("cache").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        ProcessBuilder training = new ProcessBuilder(Golden.projectDir().resolve("bin/berth").toString(), "validate", stack.toString());
        training.environment().putAll(builder.environment());
        training.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.MINUTES);
        builder.environment().put("BERTH_JAVA_OPTS", "-Xmx512m -Xlog:gc:file=" + gcLog);
        Path log = lab.resolve("plan.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return Double.NaN;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("  whole command: " + peakHeap(gcLog));
        if (process.exitValue() != 0) {
            System.out.println("  whole plan exited " + process.exitValue() + ":");
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(line -> System.out.println("    " + line));
            return seconds;
        }
        showSavedPlan(builder, lab);
        return seconds;
    }

    /** {@code bin/berth show FILE} of the plan just saved, with the same -Xmx512m: loading and printing it must fit too. */
    private static void showSavedPlan(ProcessBuilder planned, Path lab) throws Exception {
        Path gcLog = lab.resolve("gc-show.log");
        ProcessBuilder show = new ProcessBuilder(Golden.projectDir().resolve("bin/berth").toString(), "show", lab.resolve("plan.json").toString());
        show.environment().putAll(planned.environment());
        show.environment().put("BERTH_JAVA_OPTS", "-Xmx512m -Xlog:gc:file=" + gcLog);
        Path out = lab.resolve("show.txt");
        show.redirectOutput(out.toFile()).redirectError(lab.resolve("show.log").toFile());
        long start = System.nanoTime();
        Process process = show.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            System.out.println("  show of the saved plan did not finish in 10 minutes");
            return;
        }
        System.out.printf(Locale.ROOT, "  show of the saved plan (%d MB, -Xmx512m): %.1f s, exit %d, %s%n", Files.size(lab.resolve("plan.json")) / 1_000_000,
                (System.nanoTime() - start) / 1e9, process.exitValue(), peakHeap(gcLog));
    }

    static String stack(int resources) {
        StringBuilder yaml = new StringBuilder("apiVersion: berth/v1\nkind: Stack\nname: bench\nconnection: { transport: sim, parallelism: 100 }\nnodes:\n");
        for (int i = 1; i <= 100; i++) {
            yaml.append("  host-").append(String.format("%03d", i)).append(": { address: 10.0.").append(i / 250).append('.').append(i % 250 + 1)
                    .append(", labels: { zone: z").append(i % 3).append(" }, ports: { from: 7000, to: 65000 } }\n");
        }
        yaml.append("storagePools:\n  thin: { backend: lvm-thin, volumeGroup: vg, thinPool: pool }\n");
        yaml.append("resourceGroups:\n  g: { pool: thin, replicas: 3, placement: { spreadAcross: zone }, drbd: { options: { quorum: majority } } }\n");
        yaml.append("resources:\n");
        for (int r = 0; r < resources; r++) yaml.append("  r").append(r).append(": { group: g, volumes: [ { size: 1GiB } ] }\n");
        return yaml.toString();
    }
}
