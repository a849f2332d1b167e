package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.model.Command;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.testing.Examples;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.RealDrbdadm;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every resource file a greenfield plan writes is accepted by the real drbdadm as each of its
 * hosts, and the drbdsetup/drbdmeta lines the plan predicts are what {@code drbdadm -d} prints.
 */
class PlanAgainstRealDrbdadmTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> greenfieldFilesAndPredictionsMatchTheRealTool() {
        return Examples.folders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            DesiredCluster cluster = Examples.load(folder.getFileName().toString());
            Plan plan = PlannedLab.greenfield(cluster, dir.resolve(cluster.name()));
            RealDrbdadm drbdadm = RealDrbdadm.requireInstalled(dir);
            int checked = 0;
            for (Step step : plan.steps()) {
                if (!(step.operation() instanceof FileOperations.WriteResourceFile write)) continue;
                String hostname = cluster.nodes().get(step.host()).hostname();
                Path config = drbdadm.configFor(write.content(), write.resource() + "-" + step.host() + ".res");
                RealDrbdadm.Run dump = drbdadm.run(config, hostname, List.of("dump", write.resource()));
                assertEquals(0, dump.exitCode(), step.id() + ": " + dump.stderr());
                for (Step later : plan.steps()) {
                    if (!later.host().equals(step.host()) || later.predicted().isEmpty()) continue;
                    if (!later.address().name().equals(write.resource())) continue;
                    if (!(later.operation() instanceof DrbdOperations.CreateMetadata || later.operation() instanceof DrbdOperations.BringUp)) continue;
                    List<String> args = new ArrayList<>(List.of("-d"));
                    Command command = later.commands().get(0).command();
                    args.addAll(command.argv().subList(1, command.argv().size()));
                    RealDrbdadm.Run dryRun = drbdadm.run(config, hostname, args);
                    assertEquals(0, dryRun.exitCode(), later.id() + ": " + dryRun.stderr());
                    List<String> real = RealDrbdadm.commandLines(dryRun.stdout()).stream().map(argv -> new Command(argv).shellQuoted()).toList();
                    assertEquals(real, later.predicted(), later.id());
                    checked++;
                }
            }
            assertEquals(true, checked > 0 || plan.steps().isEmpty(), "something was compared");
        }));
    }
}
