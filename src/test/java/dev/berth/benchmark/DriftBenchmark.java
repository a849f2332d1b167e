package dev.berth.benchmark;

import dev.berth.desired.DesiredCluster;
import dev.berth.drift.Drift;
import dev.berth.drift.DriftReport;
import dev.berth.lab.StackLab;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.PlanRequest;
import dev.berth.plan.Planner;
import dev.berth.render.DriftJunitRenderer;
import dev.berth.render.DriftTextRenderer;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.spec.StackReader;
import dev.berth.testing.PlannedLab;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The drift model on the planner benchmark's clusters (1,000 and 10,000 resources × 3 replicas on
 * 100 lab hosts), never applied, so every resource, replica and volume is missing: the pure
 * function's own time after the plan (warm, median of 3) and the JUnit and text renderers'.
 * Run: {@code mvn -q test -Dtest=DriftBenchmark -Dberth.excludedGroups=none} ({@code -Dberth.small=true}: 1,000 only).
 */
@Tag("benchmark")
class DriftBenchmark {
    @TempDir
    Path dir;

    @Test
    void driftIsLinearInTheCluster() throws Exception {
        System.out.println("resources  items  drift_ms  junit_ms  text_ms  junit_MiB");
        for (int resources : Boolean.getBoolean("berth.small") ? new int[] {1000} : new int[] {1000, 10000}) {
            Path stackDir = dir.resolve("stack-" + resources);
            Files.createDirectories(stackDir);
            Files.writeString(stackDir.resolve("stack.yaml"), PlannerBenchmark.stack(resources), StandardCharsets.UTF_8);
            DesiredCluster cluster = StackReader.read(stackDir).cluster().orElseThrow();
            SimLab lab = StackLab.reset(cluster, dir.resolve("lab-" + resources), StackLab.DEFAULT_DEVICE_SIZE.plus(StackLab.DEFAULT_DEVICE_SIZE)
                    .plus(StackLab.DEFAULT_DEVICE_SIZE), LabOptions.defaults());
            ObservedCluster observed = PlannedLab.discover(cluster, lab);
            Plan plan = Planner.plan(new PlanRequest(cluster, observed, PlanOptions.defaults(), "sha256:bench", "lab:bench", Map.of()));
            DriftReport report = null;
            for (int i = 0; i < 2; i++) report = Drift.report(cluster, observed, plan, PlanOptions.defaults()); // warm-up
            long[] drift = new long[3];
            long[] junit = new long[3];
            long[] text = new long[3];
            int junitBytes = 0;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                report = Drift.report(cluster, observed, plan, PlanOptions.defaults());
                drift[i] = System.nanoTime() - start;
                start = System.nanoTime();
                junitBytes = DriftJunitRenderer.render(report).length();
                junit[i] = System.nanoTime() - start;
                start = System.nanoTime();
                DriftTextRenderer.render(report);
                text[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(drift);
            java.util.Arrays.sort(junit);
            java.util.Arrays.sort(text);
            System.out.printf(Locale.ROOT, "%9d  %5d  %8.0f  %8.0f  %7.0f  %9.1f%n", resources, report.drift().size(), drift[1] / 1e6,
                    junit[1] / 1e6, text[1] / 1e6, junitBytes / 1048576.0);
        }
    }
}
