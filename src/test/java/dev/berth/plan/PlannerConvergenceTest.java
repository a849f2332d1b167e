package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.render.PlanTextRenderer;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stack that was just planned and run plans to "no changes": desired and observed are normalised alike. */
class PlannerConvergenceTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleConvergesOnTheLab() {
        return Examples.folders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            DesiredCluster cluster = Examples.load(folder.getFileName().toString());
            SimLab lab = StackLab.reset(cluster, dir.resolve(cluster.name()), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
            Plan first = PlannedLab.plan(cluster, lab, PlanOptions.defaults());
            StepRunner.run(lab, first);
            Plan second = PlannedLab.plan(cluster, lab, PlanOptions.defaults());
            assertFalse(second.hasChanges(), () -> PlanTextRenderer.render(second));
            assertTrue(second.refusals().isEmpty(), () -> PlanTextRenderer.render(second));
        }));
    }
}
