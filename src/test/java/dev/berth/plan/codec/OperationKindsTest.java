package dev.berth.plan.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.berth.desired.Backend;
import dev.berth.model.Size;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.ops.Operation;
import dev.berth.ops.PoolOperations;
import dev.berth.ops.VolumeOperations;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Plan;
import dev.berth.testing.PlanBuilder;
import dev.berth.testing.SampleAttributes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every operation the ops package can put in a plan, with every backend and both wait kinds,
 * through save, the schema and load: the schema's field lists and the records' components agree.
 */
class OperationKindsTest {
    static final BackingTarget ZFS = new BackingTarget(Backend.ZFS_THIN, "tank/berth", Optional.empty());
    static final BackingTarget THICK = new BackingTarget(Backend.LVM, "vg_slow", Optional.empty());

    static List<Operation> everyKind() {
        return List.of(
                new PoolOperations.CreateVolumeGroup("worker-1", "slow", "vg_slow", List.of("/dev/vdc", "/dev/vdd"), List.of("/dev/vdd")),
                new PoolOperations.CreateThinPool("worker-1", "fast", "vg_fast", "thin"),
                new PoolOperations.CreateZpool("worker-1", "zfast", "tank/berth", List.of("/dev/nvme1n1"), List.of()),
                new VolumeOperations.CreateBackingVolume("worker-1", "db", 0, "db_00000", ZFS, Size.ofMiB(10244)),
                new VolumeOperations.MarkBackingVolume("worker-1", "db", 0, "db_00000", THICK),
                new VolumeOperations.GrowBackingVolume("worker-1", "db", 1, "db_00001", THICK, Size.ofMiB(10244), Size.ofMiB(20488)),
                new VolumeOperations.RemoveBackingVolume("worker-1", "db", 0, "db_00000", THICK, Size.ofBytes(10_741_612_544L)),
                new FileOperations.WriteResourceFile("worker-1", "db", "resource \"db\" {\n}\n", true),
                new FileOperations.RemoveResourceFile("worker-1", "db"),
                new DrbdOperations.CreateMetadata("worker-1", "db", 1, 31),
                new DrbdOperations.BringUp("worker-1", "db"),
                new DrbdOperations.Reconfigure("worker-1", "db", "resource \"db\" {\n}\n"),
                new DrbdOperations.AttachDisk("worker-1", "db", "resource \"db\" {\n}\n", 2, 7),
                new DrbdOperations.TakeDown("worker-1", "db"),
                new DrbdOperations.SkipInitialSync("worker-1", "db", 1),
                new DrbdOperations.StartInitialSync("worker-1", "db", 2),
                new DrbdOperations.Resize("worker-1", "db", 0, false),
                new DrbdOperations.ForgetPeer("worker-1", "db", 31, false),
                new DrbdOperations.WaitFor("worker-1", "db", new WaitCondition(WaitCondition.Kind.CONNECTED, "db", List.of("worker-1", "worker-2"))));
    }

    @Test
    void everyKindIsCoveredHere() {
        Set<String> subtypes = Arrays.stream(Operation.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(subtypes, everyKind().stream().map(PlanBuilder::kind).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyKindSurvivesSaveAndLoad() {
        PlanBuilder builder = new PlanBuilder();
        everyKind().forEach(operation -> builder.step(operation, "covers " + PlanBuilder.kind(operation)));
        Plan plan = builder.build(SampleAttributes.basis("00", Map.of()));
        LoadResult loaded = PlanCodec.load(PlanCodec.save(plan));
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals(plan, loaded.plan().orElseThrow());
    }
}
