package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.plan.Plan;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every example, on a fresh lab: plan, apply, plan again, and the second plan has nothing to do. */
class ExamplesConvergeTest {
    static final String SECRET = "s3cret value with \"quotes\"";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleConverges() {
        return Examples.folders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            ApplyLab lab = new ApplyLab(folder.getFileName().toString(), dir.resolve(folder.getFileName()));
            lab.environment = Map.of("BERTH_DRBD_SECRET", SECRET);
            Plan plan = lab.plan();
            ApplyReport report = lab.apply(plan);
            assertEquals(ApplyReport.Outcome.SUCCEEDED, report.outcome(), report::toString);
            assertFalse(Files.readString(lab.journal(report)).contains(SECRET), "the journal never holds a secret");
            assertFalse(lab.events.toString().contains(SECRET), "nor do the events");
            Plan again = lab.plan();
            assertFalse(again.hasChanges(), () -> "left to do: " + again.steps().stream().map(s -> s.id()).toList());
        }));
    }
}
