package dev.berth.testing;

import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.model.Address;
import dev.berth.model.Size;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.ops.VolumeOperations;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Action;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.SamplePlans.RESOURCE;
import static dev.berth.testing.SampleResources.FAST;
import static dev.berth.testing.SampleResources.backingName;
import static dev.berth.testing.SampleResources.gross;

/** Plans that change what exists: a replica moved, a delete that is refused, an option change with one host down. */
public final class SampleChangePlans {
    private static final Size NET = Size.ofGiB(20);

    private SampleChangePlans() {}

    /** worker-3 is evacuated: add on worker-4, wait until it is UpToDate, then remove worker-3's replica. */
    public static Plan moveReplica() {
        PlanBuilder plan = new PlanBuilder();
        ResourceConfig before = SampleResources.mysql("worker-1", "worker-2", "worker-3");
        ResourceConfig during = SampleResources.mysql("worker-1", "worker-2", "worker-3", "worker-4");
        ResourceConfig after = SampleResources.mysql("worker-1", "worker-2", "worker-4");
        String why = "worker-3 is being evacuated; worker-4 has the most free space in pool fast";
        plan.change(Address.resource(RESOURCE), List.of(Action.UPDATE), SampleAttributes.resource(before, NET), SampleAttributes.resource(after, NET), why);
        plan.change(Address.volume(RESOURCE, 0, "worker-3"), List.of(Action.DELETE), SampleAttributes.volume(RESOURCE, NET), Map.of(), why);
        plan.change(Address.volume(RESOURCE, 0, "worker-4"), List.of(Action.CREATE), Map.of(), SampleAttributes.volume(RESOURCE, NET), why);
        for (String host : List.of("worker-1", "worker-2")) {
            plan.change(Address.drbd(RESOURCE, host), List.of(Action.UPDATE), SampleAttributes.drbd(before, host), SampleAttributes.drbd(after, host),
                    "its peer on worker-3 is replaced by one on worker-4");
        }
        plan.change(Address.drbd(RESOURCE, "worker-3"), List.of(Action.DELETE), SampleAttributes.drbd(before, "worker-3"), Map.of(), why);
        plan.change(Address.drbd(RESOURCE, "worker-4"), List.of(Action.CREATE), Map.of(), SampleAttributes.drbd(after, "worker-4"), why);

        String volume = plan.step(new VolumeOperations.CreateBackingVolume("worker-4", RESOURCE, 0, backingName(RESOURCE), FAST, gross(NET)),
                "the new replica's backing volume, sized like its peers'");
        String file = plan.step(new FileOperations.WriteResourceFile("worker-4", RESOURCE, ResourceFileWriter.writeRedacted(during), false),
                "worker-4 joins with all current peers", volume);
        String metadata = plan.step(new DrbdOperations.CreateMetadata("worker-4", RESOURCE, 0, SampleResources.PEER_SLOTS), during,
                "the backing volume was created by this apply, so it holds no data", file);
        String up = plan.step(new DrbdOperations.BringUp("worker-4", RESOURCE), during, "the new replica starts and waits for its peers", metadata);
        List<String> joined = new ArrayList<>(List.of(up));
        for (String host : List.of("worker-1", "worker-2", "worker-3")) {
            joined.add(plan.step(new DrbdOperations.Reconfigure(host, RESOURCE, ResourceFileWriter.writeRedacted(during)),
                    "the peers connect to worker-4 (new-peer, new-path, connect)", up));
        }
        String synced = plan.step(new DrbdOperations.WaitFor("worker-1", RESOURCE,
                new WaitCondition(WaitCondition.Kind.UP_TO_DATE, RESOURCE, List.of("worker-4"))),
                "nothing else changes on the resource until worker-4 holds a full copy", joined.toArray(String[]::new));
        String down = plan.step(new DrbdOperations.TakeDown("worker-3", RESOURCE), before,
                "worker-3's replica leaves once worker-4 is UpToDate", synced);
        String removedFile = plan.step(new FileOperations.RemoveResourceFile("worker-3", RESOURCE), "worker-3 no longer has the resource", down);
        for (String host : List.of("worker-1", "worker-2", "worker-4")) {
            String forgotten = plan.step(new DrbdOperations.ForgetPeer(host, RESOURCE, 2, true),
                    "node-id 2 (worker-3) is retired; its bitmap slot is freed for future peers", down);
            plan.step(new DrbdOperations.Reconfigure(host, RESOURCE, ResourceFileWriter.writeRedacted(after)), "the file no longer names worker-3", forgotten);
        }
        plan.step(new VolumeOperations.RemoveBackingVolume("worker-3", RESOURCE, 0, backingName(RESOURCE), FAST, gross(NET)),
                "worker-3's copy is no longer part of the resource; worker-4 holds one", removedFile);
        plan.allocation(SampleAttributes.allocation(after));
        return plan.build(SampleAttributes.basis(SamplePlans.digest("move-replica"), SamplePlans.projections(
                "{\"drbd\":[{\"resource\":\"mysql-data-0\",\"role\":\"Secondary\",\"disk\":\"UpToDate\"}]}")));
    }

    /** old-logs left the stack, and destroying data needs --allow-destroy: the plan says what it would do and refuses. */
    public static Plan refusedDelete() {
        PlanBuilder plan = new PlanBuilder();
        ResourceConfig config = SampleResources.resource("old-logs", 1001, 7001, "102400k", false, "worker-1", "worker-2");
        Size net = Size.ofGiB(10);
        String why = "old-logs is no longer in the stack";
        plan.change(Address.resource("old-logs"), List.of(Action.DELETE), SampleAttributes.resource(config, net), Map.of(), why);
        List<String> removed = new ArrayList<>();
        for (String host : List.of("worker-1", "worker-2")) {
            plan.change(Address.volume("old-logs", 0, host), List.of(Action.DELETE), SampleAttributes.volume("old-logs", net), Map.of(), why);
            plan.change(Address.drbd("old-logs", host), List.of(Action.DELETE), SampleAttributes.drbd(config, host), Map.of(), why);
            String down = plan.step(new DrbdOperations.TakeDown(host, "old-logs"), config, why);
            removed.add(plan.step(new FileOperations.RemoveResourceFile(host, "old-logs"), "the resource is down on " + host, down));
        }
        for (int i = 0; i < 2; i++) {
            String host = List.of("worker-1", "worker-2").get(i);
            plan.step(new VolumeOperations.RemoveBackingVolume(host, "old-logs", 0, backingName("old-logs"), FAST, gross(net)),
                    "the resource is gone from every node", removed.toArray(String[]::new));
        }
        plan.refusal(new Refusal(Refusal.Rule.DESTROY_NOT_ALLOWED, Address.resource("old-logs"),
                "deleting old-logs destroys its data: 2 backing volumes of 10GiB on worker-1 and worker-2",
                "if the data may go, plan again with --allow-destroy; to keep it, put old-logs back in the stack"));
        plan.allocation(SampleAttributes.allocation(config));
        return plan.build(SampleAttributes.basis(SamplePlans.digest("refused-delete"), SamplePlans.projections(
                "{\"drbd\":[{\"resource\":\"old-logs\",\"role\":\"Secondary\",\"disk\":\"UpToDate\"}]}")));
    }

    /** c-max-rate raised while worker-3 does not answer: its step is blocked, the others are planned. */
    public static Plan blockedHost() {
        PlanBuilder plan = new PlanBuilder();
        ResourceConfig before = SampleResources.mysql("worker-1", "worker-2", "worker-3");
        ResourceConfig after = SampleResources.resource(RESOURCE, 1000, 7000, "204800k", true, "worker-1", "worker-2", "worker-3");
        plan.change(Address.resource(RESOURCE), List.of(Action.UPDATE), SampleAttributes.resource(before, NET), SampleAttributes.resource(after, NET),
                "the stack raises the resync rate limit c-max-rate");
        for (String host : SamplePlans.HOSTS) {
            plan.change(Address.drbd(RESOURCE, host), List.of(Action.UPDATE), SampleAttributes.drbd(before, host), SampleAttributes.drbd(after, host),
                    "the resource file and the running resource take the new disk options");
            DrbdOperations.Reconfigure rewrite = new DrbdOperations.Reconfigure(host, RESOURCE, ResourceFileWriter.writeRedacted(after));
            // adjust on a running resource issues only the differences from the kernel's view: not predicted here
            if (host.equals("worker-3")) plan.blockedStep(rewrite, "worker-3 is unreachable: ssh: connect to 10.0.0.13 port 22: Connection timed out",
                    "option changes are applied with drbdadm adjust");
            else plan.step(rewrite, "option changes are applied with drbdadm adjust");
        }
        plan.allocation(SampleAttributes.allocation(after));
        Map<String, String> projections = SamplePlans.projections("{\"drbd\":[{\"resource\":\"mysql-data-0\",\"disk-options\":{\"c-max-rate\":\"102400k\"}}]}");
        projections.remove("worker-3");
        return plan.build(SampleAttributes.basis(SamplePlans.digest("blocked-host"), projections));
    }
}
