package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.drbd.MetadataSize;
import dev.berth.model.Address;
import dev.berth.model.Size;
import dev.berth.observed.ReplicationState;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.VolumeOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Growing a volume (facts §5): every diskful replica's backing volume first, enough for the data
 * and the larger bitmap, then one {@code drbdadm resize} — DRBD resizing is cluster-aware — with
 * {@code --assume-clean} on thin backends. Never while a resync runs; never shrink.
 */
record GrowthSteps(PlanContext context, Resource resource, ReplicaSet replicas, Allocation allocation, BackingTarget target) {

    List<String> plan() {
        List<String> ids = new ArrayList<>();
        List<ReplicaSet.Replica> existing = replicas.target().stream()
                .filter(r -> !r.diskless() && replicas.currentOn(r.node()).filter(c -> !c.diskless()).isPresent()).toList();
        for (int v = 0; v < resource.volumes().size(); v++) {
            List<String> grows = new ArrayList<>();
            for (ReplicaSet.Replica replica : existing) {
                String name = dev.berth.plan.placement.BackingVolumes.name(resource.name(), v);
                Optional<Size> observed = context.view(replica.node()).volumeSize(target, name);
                if (observed.isEmpty()) continue;
                Size wanted = grossSize(context, resource, replica.node(), v, allocation);
                if (observed.get().compareTo(wanted) > 0 && !fitsAnyway(observed.get(), v)) {
                    context.refuse(Refusal.Rule.SHRINK, Address.volume(resource.name(), v, replica.node()), "volume " + v + " of "
                            + resource.name() + " would shrink from " + observed.get() + " to " + wanted + " on " + replica.node(),
                            "Berth never shrinks a volume; restore its size in the stack");
                    continue;
                }
                if (observed.get().compareTo(wanted) < 0) {
                    grows.add(context.graph.add(new VolumeOperations.GrowBackingVolume(replica.node(), resource.name(), v, name, target,
                            observed.get(), wanted), List.of(), List.of(), List.of(), "volume " + v + " grows to "
                            + resource.volumes().get(v).size() + " of data"));
                }
            }
            if (grows.isEmpty()) continue;
            ids.addAll(grows);
            String anchor = ResourceSteps.anchorNode(existing);
            refuseDuringResync(v);
            ids.add(context.graph.add(new DrbdOperations.Resize(anchor, resource.name(), v, target.backend().isThin()), grows, List.of(),
                    List.of(), "every backing volume grew; one resize grows the DRBD device everywhere"));
        }
        return ids;
    }

    /** The backing size for a volume's data and metadata, in whole extents or zvol blocks of that node's pool. */
    static Size grossSize(PlanContext context, Resource resource, String node, int volume, Allocation allocation) {
        var pool = context.cluster.pool(context.cluster.group(resource.group()).orElseThrow().pool()).orElseThrow();
        return dev.berth.plan.placement.BackingVolumes.grossSize(resource.volumes().get(volume).size(), allocation.peerSlots(), pool,
                java.util.Optional.ofNullable(context.observed.hosts().get(node)));
    }

    /** Created with more peer slots than now: a larger volume that still holds exactly the wanted data is no shrink. */
    private boolean fitsAnyway(Size observed, int volume) {
        return MetadataSize.usable(observed, 31).compareTo(resource.volumes().get(volume).size()) <= 0;
    }

    private void refuseDuringResync(int volume) {
        for (ReplicaSet.Replica replica : replicas.current()) {
            boolean syncing = context.view(replica.node()).status(resource.name()).stream().flatMap(s -> s.connections().stream())
                    .flatMap(c -> c.peerDevices().stream()).anyMatch(d -> d.replicationState().is(ReplicationState.SYNC_SOURCE)
                            || d.replicationState().is(ReplicationState.SYNC_TARGET));
            if (syncing) {
                context.refuse(Refusal.Rule.RESYNC_RUNNING, Address.resource(resource.name()), "volume " + volume + " of "
                        + resource.name() + " cannot be resized while a resync runs (seen on " + replica.node() + ")",
                        "wait until the resync finishes, then plan again");
                return;
            }
        }
    }
}
