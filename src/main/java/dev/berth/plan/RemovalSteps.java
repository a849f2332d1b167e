package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.model.Address;
import dev.berth.observed.DrbdRole;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileContents;
import dev.berth.ops.FileOperations;
import dev.berth.ops.VolumeOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replicas that go (LINSTOR's order, facts §5): the leaving node takes the resource down and loses
 * its file; every remaining node gets the file without it, adjusts (which drops the peer), and a
 * diskful one forgets the peer's bitmap slot; the backing volume goes last. A lost host runs
 * nothing: only the survivors forget it.
 */
record RemovalSteps(PlanContext context, Resource resource, ReplicaSet replicas, Allocation allocation, BackingTarget target) {

    List<String> plan(List<String> after) {
        List<String> ids = new ArrayList<>();
        if (!replicas.shrinks()) return ids;
        List<String> downs = new ArrayList<>(after);
        for (ReplicaSet.Removal removal : replicas.removals()) {
            checkSafe(removal);
            if (removal.hostGone()) continue;
            String down = context.graph.add(new DrbdOperations.TakeDown(removal.node(), resource.name()), after, List.of(), List.of(), removal.why());
            String file = context.graph.add(new FileOperations.RemoveResourceFile(removal.node(), resource.name()), List.of(down), List.of(),
                    List.of(), removal.why());
            ids.addAll(List.of(down, file));
            downs.add(down);
            if (!removal.diskless()) ids.addAll(removeVolumes(removal, file));
        }
        ResourceConfig finalConfig = DesiredConfigs.build(context.cluster, resource, replicas.target(), allocation, target);
        String text = PeerSlots.text(context, resource, replicas, allocation, ResourceFileWriter.writeRedacted(finalConfig));
        // when replicas joined first, every node already runs the intermediate file this plan wrote
        String written = replicas.grows() ? PeerSlots.text(context, resource, replicas, allocation, ResourceFileWriter.writeRedacted(
                DesiredConfigs.build(context.cluster, resource, replicas.intermediate(), allocation, target))) : null;
        for (ReplicaSet.Replica remaining : replicas.target()) {
            String current = written != null ? written : context.view(remaining.node()).file(resource.name()).map(f -> f.content()).orElse("");
            boolean added = written == null && replicas.currentOn(remaining.node()).isEmpty();
            // forget-peer needs the peer dropped first: by this adjust, or (a lost host) by the one that added the new replicas
            List<String> forgetAfter = downs;
            if (added || !FileContents.sameIgnoringSecrets(current, text)) {
                String reconfigure = context.graph.add(new DrbdOperations.Reconfigure(remaining.node(), resource.name(), text), downs,
                        List.of(), List.of(), "drop the leaving replica(s) from the configuration");
                ids.add(reconfigure);
                forgetAfter = List.of(reconfigure);
                if (replicas.losesDisk(remaining.node())) {
                    ReplicaSet.Removal disk = new ReplicaSet.Removal(remaining.node(), false, "it becomes diskless", false);
                    checkSafe(disk);
                    ids.addAll(removeVolumes(disk, reconfigure));
                }
            }
            if (remaining.diskless()) continue;
            for (ReplicaSet.Removal removal : replicas.removals()) {
                Optional<Integer> peerId = ExistingNodeIds.of(context, resource.name(), removal.node());
                if (peerId.isEmpty()) continue;
                // a new replica never had a lost host as a peer: no slot of its metadata is bound to it
                if (removal.hostGone() && replicas.currentOn(remaining.node()).isEmpty()) continue;
                ids.add(context.graph.add(new DrbdOperations.ForgetPeer(remaining.node(), resource.name(), peerId.get(), true),
                        forgetAfter, List.of(), List.of(), "free the bitmap slot of " + removal.node() + " so that a new peer can have it"));
            }
        }
        return ids;
    }

    private List<String> removeVolumes(ReplicaSet.Removal removal, String afterFile) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < resource.volumes().size(); v++) {
            String name = dev.berth.plan.placement.BackingVolumes.name(resource.name(), v);
            var size = context.view(removal.node()).volumeSize(target, name);
            if (size.isEmpty()) continue;
            ids.add(context.graph.add(new VolumeOperations.RemoveBackingVolume(removal.node(), resource.name(), v, name, target, size.get()),
                    List.of(afterFile), List.of(), List.of(), removal.why() + "; its data goes with it"));
            Address address = Address.volume(resource.name(), v, removal.node());
            if (resource.preventDestroy()) {
                context.refuse(Refusal.Rule.PREVENT_DESTROY, address, "removing " + name + " on " + removal.node()
                        + " destroys data, and the resource sets lifecycle.preventDestroy", "remove preventDestroy from the stack first");
            } else if (!context.options.allowDestroy()) {
                context.refuse(Refusal.Rule.DESTROY_NOT_ALLOWED, address, "removing " + name + " on " + removal.node() + " destroys its data",
                        "rerun with --allow-destroy if that is intended");
            }
        }
        return ids;
    }

    /** Never remove a Primary replica, nor the last UpToDate one. */
    private void checkSafe(ReplicaSet.Removal removal) {
        Address address = Address.drbd(resource.name(), removal.node());
        context.view(removal.node()).status(resource.name()).filter(s -> s.role().is(DrbdRole.PRIMARY)).ifPresent(s ->
                context.refuse(Refusal.Rule.PRIMARY_REPLICA, address, resource.name() + " is Primary on " + removal.node()
                        + " (in use)", "stop its user (or move it) so that the resource is Secondary there first"));
        boolean anotherHasData = replicas.target().stream().filter(r -> !r.diskless()).anyMatch(r ->
                replicas.currentOn(r.node()).isEmpty() || context.view(r.node()).status(resource.name())
                        .map(s -> dev.berth.ops.Statuses.allUpToDate(Optional.of(s)) || s.devices().stream()
                                .anyMatch(d -> d.diskState().is(dev.berth.observed.DiskState.UP_TO_DATE))).orElse(false));
        if (!removal.diskless() && !removal.hostGone() && !anotherHasData) {
            context.refuse(Refusal.Rule.LAST_UP_TO_DATE, address, "the replica on " + removal.node()
                    + " may hold the last UpToDate copy of " + resource.name(), "bring another replica to UpToDate first");
        }
    }
}
