package dev.berth.plan;

import dev.berth.drbd.ResourceFileWriter;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.ops.DrbdOperations;
import dev.berth.render.PlanTextRenderer;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The peer slots of metadata Berth made stay what {@code create-md --max-peers} gave it: a group's
 * {@code maxPeers} changed later applies to new resources, and a resource that would have more
 * diskful peers at once than its slots is refused instead of failing in the middle of an apply.
 */
class PlannerPeerSlotsTest {
    static final String STACK = """
            apiVersion: berth/v1
            kind: Stack
            name: slots
            connection: { transport: sim }
            nodes:
              worker-1: { address: 192.0.2.11 }
              worker-2: { address: 192.0.2.12 }
              worker-3: { address: 192.0.2.13 }
              worker-4: { address: 192.0.2.14 }
            storagePools:
              fast:
                backend: lvm-thin
                volumeGroup: vg_fast
                thinPool: thin
                devices: { worker-1: [/dev/nvme0n1], worker-2: [/dev/nvme0n1], worker-3: [/dev/nvme0n1], worker-4: [/dev/nvme0n1] }
            resourceGroups:
              db: { pool: fast, replicas: 3, maxPeers: MAX_PEERS }
            resources:
              data: { group: db, nodes: NODES, volumes: [ { size: 100GiB } ] }
            """;
    static final String FIRST_THREE = "[worker-1, worker-2, worker-3]";

    @TempDir
    Path dir;

    SimLab lab;

    @BeforeEach
    void applyWithTwoSlots() {
        String stack = stack(2, FIRST_THREE);
        lab = StackLab.reset(PlannerOwnershipScenariosTest.stack(stack), dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE,
                LabOptions.defaults());
        Plan plan = plan(stack);
        assertTrue(plan.refusals().isEmpty(), plan.refusals()::toString);
        StepRunner.run(lab, plan);
    }

    @Test
    void theFilesRecordTheSlotsTheMetadataWasMadeWith() {
        for (String node : List.of("worker-1", "worker-2", "worker-3")) {
            String file = lab.host(node).run(Command.of("cat", "/etc/drbd.d/data.res"), "").stdout();
            assertTrue(file.startsWith(ResourceFileWriter.HEADER + "\n" + ResourceFileWriter.PEER_SLOTS + "2\n"), file);
            assertEquals(java.util.OptionalInt.of(2), ResourceFileWriter.peerSlots(file));
        }
        Plan again = plan(stack(2, FIRST_THREE));
        assertFalse(again.hasChanges(), () -> PlanTextRenderer.render(again));
    }

    @Test
    void aLargerMaxPeersLaterChangesNothingLive() {
        // the backing volumes were sized for 2 slots; sized again for 7 (16 MiB more at 100 GiB) they would grow, and DRBD with them
        Plan plan = plan(stack(7, FIRST_THREE));
        assertFalse(plan.hasChanges(), () -> PlanTextRenderer.render(plan));
    }

    @Test
    void aDiskfulReplicaBeyondTheSlotsIsRefusedEvenAfterMaxPeersGrew() {
        Plan plan = plan(stack(7, "[worker-1, worker-2, worker-3, worker-4]"));
        assertEquals(List.of(Refusal.Rule.PEER_SLOTS), plan.refusals().stream().map(Refusal::rule).distinct().toList(),
                plan.refusals()::toString);
        String message = plan.refusals().get(0).message();
        assertTrue(message.contains("4 diskful replicas at once (new on worker-4)") && message.contains("was made with 2")
                && message.contains("it is 7 now"), message);
        assertTrue(plan.steps().stream().noneMatch(s -> s.address().resourceName().orElse("").equals("data")), "nothing is planned for it");

        // a diskless replica needs no bitmap slot on its peers
        Plan diskless = plan(stack(7, "{ worker-1: {}, worker-2: {}, worker-3: {}, worker-4: { diskless: true } }"));
        assertTrue(diskless.refusals().isEmpty(), diskless.refusals()::toString);
    }

    @Test
    void aMoveNeedsASlotForTheNewReplicaWhileTheOldOneIsStillThere() {
        Plan move = plan(stack(2, "[worker-1, worker-2, worker-4]"));
        assertEquals(List.of(Refusal.Rule.PEER_SLOTS), move.refusals().stream().map(Refusal::rule).distinct().toList(),
                move.refusals()::toString);
        assertTrue(move.refusals().get(0).message().contains("4 diskful replicas at once (new on worker-4)"), move.refusals()::toString);
    }

    @Test
    void newMetadataOfALiveResourceGetsItsSlotsAndANewResourceTheGroups() {
        String stack = stack(7, "{ worker-1: {}, worker-2: {}, worker-3: {}, worker-4: { diskless: true } }")
                + "  fresh: { group: db, nodes: [worker-2, worker-3, worker-4], volumes: [ { size: 1GiB } ] }\n";
        Plan plan = plan(stack);
        assertTrue(plan.refusals().isEmpty(), plan.refusals()::toString);
        List<DrbdOperations.CreateMetadata> created = plan.steps().stream().map(s -> s.operation())
                .filter(DrbdOperations.CreateMetadata.class::isInstance).map(DrbdOperations.CreateMetadata.class::cast).toList();
        assertEquals(3, created.size(), created::toString);
        assertTrue(created.stream().allMatch(c -> c.resource().equals("fresh") && c.maxPeers() == 7), created::toString);
        StepRunner.run(lab, plan);
        assertTrue(lab.host("worker-4").run(Command.of("cat", "/etc/drbd.d/data.res"), "").stdout()
                .contains(ResourceFileWriter.PEER_SLOTS + "2\n"), "the diskless replica's file keeps the resource's slots");
        Plan after = plan(stack);
        assertFalse(after.hasChanges(), () -> PlanTextRenderer.render(after));
    }

    @Test
    void filesWrittenBeforeTheLineGetItFromTheNextPlanAndNothingElse() throws Exception {
        for (String node : List.of("worker-1", "worker-2", "worker-3")) {
            String file = lab.host(node).run(Command.of("cat", "/etc/drbd.d/data.res"), "").stdout();
            lab.connect(node).writeFile("/etc/drbd.d/data.res", file.replace(ResourceFileWriter.PEER_SLOTS + "2\n", ""), "0644");
        }
        // without the line the slots are the group's maxPeers: 2, as they were made
        Plan plan = plan(stack(2, FIRST_THREE));
        assertTrue(plan.refusals().isEmpty(), plan.refusals()::toString);
        List<String> kinds = plan.steps().stream().map(s -> OperationKinds.of(s.operation())).distinct().toList();
        assertEquals(List.of("reconfigure"), kinds, () -> PlanTextRenderer.render(plan));
        StepRunner.run(lab, plan);
        assertTrue(lab.host("worker-1").run(Command.of("cat", "/etc/drbd.d/data.res"), "").stdout()
                .contains(ResourceFileWriter.PEER_SLOTS + "2\n"));
        Plan after = plan(stack(2, FIRST_THREE));
        assertFalse(after.hasChanges(), () -> PlanTextRenderer.render(after));
    }

    static String stack(int maxPeers, String nodes) {
        return STACK.replace("MAX_PEERS", Integer.toString(maxPeers)).replace("NODES", nodes);
    }

    Plan plan(String stack) { return PlannedLab.plan(PlannerOwnershipScenariosTest.stack(stack), lab, PlanOptions.defaults()); }
}
