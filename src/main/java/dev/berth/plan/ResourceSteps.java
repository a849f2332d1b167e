package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.drbd.DrbdadmExpander;
import dev.berth.drbd.DrbdadmVerb;
import dev.berth.drbd.MetadataSize;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.drbd.VerbFlag;
import dev.berth.drbd.VerbRequest;
import dev.berth.model.Command;
import dev.berth.model.Size;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileContents;
import dev.berth.ops.FileOperations;
import dev.berth.ops.VolumeOperations;
import dev.berth.ops.WaitCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of one resource, in DRBD's safe orders (facts §4, §5): backing volumes before
 * metadata before up; every new replica up before the initial sync; new replicas synced before
 * any replica goes; every backing volume grown before one resize.
 */
final class ResourceSteps {
    private final PlanContext context;
    private final Resource resource;
    private final ResourceGroup group;
    private final BackingTarget target;
    private final Allocation allocation;
    private final ReplicaSet replicas;

    ResourceSteps(PlanContext context, Resource resource, ReplicaSet replicas, Allocation allocation) {
        this.context = context;
        this.resource = resource;
        this.group = context.cluster.group(resource.group()).orElseThrow();
        StoragePool pool = context.cluster.pool(group.pool()).orElseThrow();
        this.target = targetOf(pool);
        this.allocation = allocation;
        this.replicas = replicas;
    }

    /** Adds the steps; returns their ids (for blocking when a host is unreachable). */
    List<String> plan() {
        List<String> ids = new ArrayList<>();
        List<String> beforeRemovals = addReplicas(ids);
        ids.addAll(removeReplicas(beforeRemovals));
        ids.addAll(grow());
        return ids;
    }

    /** New replicas (all of them for a new resource) join with the intermediate configuration; returns what removals wait for. */
    private List<String> addReplicas(List<String> ids) {
        List<ReplicaSet.Replica> intermediate = replicas.intermediate();
        ResourceConfig config = DesiredConfigs.build(context.cluster, resource, intermediate, allocation, target);
        String text = PeerSlots.text(context, resource, replicas, allocation, ResourceFileWriter.writeRedacted(config));
        List<String> marks = AdoptionSteps.plan(context, resource, replicas, target);
        ids.addAll(marks);
        List<String> ups = new ArrayList<>(marks);
        for (ReplicaSet.Replica replica : replicas.added()) ups.add(newReplica(replica, config, text, ids));
        for (ReplicaSet.Replica replica : replicas.current()) {
            if (replicas.isGone(replica.node())) continue;
            if (replicas.removals().stream().anyMatch(r -> r.node().equals(replica.node())) && !replicas.grows()) continue;
            String current = context.view(replica.node()).file(resource.name()).map(f -> f.content()).orElse("");
            Optional<String> newSecret = SharedSecrets.changed(context, resource, replica.node());
            if (!current.isEmpty() && FileContents.sameIgnoringSecrets(current, text) && newSecret.isEmpty()) continue;
            List<String> after = new ArrayList<>(ups);
            String id;
            if (replicas.gainsDisk(replica.node())) {
                after.addAll(newVolumes(replica.node(), ids));
                id = context.graph.add(new DrbdOperations.AttachDisk(replica.node(), resource.name(), text, resource.volumes().size(),
                        allocation.peerSlots()), after, List.of(), List.of(), "the diskless replica gets a disk: attach and sync it fully");
            } else {
                id = context.graph.add(new DrbdOperations.Reconfigure(replica.node(), resource.name(), text), after, List.of(),
                        List.of(), AdoptionSteps.handWritten(context, replica.node(), resource.name()) ? AdoptionSteps.REWRITE
                                : replicas.grows() ? "a new replica joins: add it as a peer" : newSecret.orElse("the resource's configuration changed"));
            }
            ids.add(id);
            ups.add(id);
        }
        if (!replicas.grows()) return ups;
        String anchor = anchorNode(intermediate);
        if (replicas.isNew()) return initialSync(anchor, config, ups, ids);
        String wait = context.graph.add(new DrbdOperations.WaitFor(anchor, resource.name(),
                        new WaitCondition(WaitCondition.Kind.UP_TO_DATE, resource.name(), diskfulNodes(intermediate))), ups,
                List.of(new WaitCondition(WaitCondition.Kind.UP_TO_DATE, resource.name(), diskfulNodes(intermediate))), List.of(),
                "new replicas sync to UpToDate before anything else on this resource changes");
        ids.add(wait);
        return List.of(wait);
    }

    private String newReplica(ReplicaSet.Replica replica, ResourceConfig config, String text, List<String> ids) {
        String node = replica.node();
        List<String> upDependsOn = new ArrayList<>();
        String file = context.graph.add(new FileOperations.WriteResourceFile(node, resource.name(), text, false), List.of(), List.of(),
                List.of(), "new replica on " + node);
        ids.add(file);
        upDependsOn.add(file);
        if (!replica.diskless()) upDependsOn.addAll(newDisk(node, config, List.of(file), ids));
        String up = context.graph.add(new DrbdOperations.BringUp(node, resource.name()), upDependsOn, List.of(),
                predicted(config, node, VerbRequest.of(DrbdadmVerb.ADJUST, resource.name())), "start the replica on " + node);
        ids.add(up);
        return up;
    }

    /** Backing volumes only (their metadata comes with the attach); returns their steps. */
    private List<String> newVolumes(String node, List<String> ids) {
        List<String> volumes = new ArrayList<>();
        for (int v = 0; v < resource.volumes().size(); v++) {
            String name = dev.berth.plan.placement.BackingVolumes.name(resource.name(), v);
            List<String> poolDependency = Optional.ofNullable(context.poolSteps.get(PlanContext.poolKey(group.pool(), node)))
                    .map(List::of).orElse(List.of());
            String volume = context.graph.add(new VolumeOperations.CreateBackingVolume(node, resource.name(), v, name, target,
                    grossSize(node, v)), poolDependency, List.of(), List.of(), "backing volume for the replica's new disk");
            ids.add(volume);
            volumes.add(volume);
        }
        return volumes;
    }

    /** Backing volumes and their metadata on a node; returns the metadata steps. */
    private List<String> newDisk(String node, ResourceConfig config, List<String> afterFile, List<String> ids) {
        List<String> metadataSteps = new ArrayList<>();
        for (int v = 0; v < resource.volumes().size(); v++) {
            String name = dev.berth.plan.placement.BackingVolumes.name(resource.name(), v);
            Size size = grossSize(node, v);
            List<String> poolDependency = Optional.ofNullable(context.poolSteps.get(PlanContext.poolKey(group.pool(), node)))
                    .map(List::of).orElse(List.of());
            String volume = context.graph.add(new VolumeOperations.CreateBackingVolume(node, resource.name(), v, name, target, size),
                    poolDependency, List.of(), List.of(), "backing volume for " + resource.volumes().get(v).size()
                            + " of data plus DRBD metadata for " + allocation.peerSlots() + " peer slots");
            List<String> metadataAfter = new ArrayList<>(afterFile);
            metadataAfter.add(volume);
            String metadata = context.graph.add(new DrbdOperations.CreateMetadata(node, resource.name(), v, allocation.peerSlots()),
                    metadataAfter, List.of(), afterFile.isEmpty() ? () -> List.of() : predicted(config, node, VerbRequest.of(DrbdadmVerb.CREATE_MD,
                            resource.name()).onVolume(v).withMaxPeers(allocation.peerSlots()).with(VerbFlag.FORCE)),
                    "metadata only on a backing volume this apply created");
            ids.add(volume);
            ids.add(metadata);
            metadataSteps.add(metadata);
        }
        return metadataSteps;
    }

    /** Skip the sync when every backing volume is new and reads as zeros; otherwise one node is the sync source (facts §4). */
    private List<String> initialSync(String anchor, ResourceConfig config, List<String> ups, List<String> ids) {
        List<String> all = replicas.intermediate().stream().map(ReplicaSet.Replica::node).toList();
        WaitCondition connected = new WaitCondition(WaitCondition.Kind.CONNECTED, resource.name(), all);
        String wait = context.graph.add(new DrbdOperations.WaitFor(anchor, resource.name(), connected), ups, List.of(connected),
                List.of(), "every replica must be connected before the initial sync");
        boolean zeros = target.backend().newVolumesReadAsZeros();
        java.util.function.Supplier<List<String>> predictions = () -> {
            List<String> lines = new ArrayList<>();
            for (int v = 0; v < resource.volumes().size(); v++) {
                lines.addAll(predicted(config, anchor, VerbRequest.of(DrbdadmVerb.NEW_CURRENT_UUID, resource.name()).onVolume(v)
                        .with(zeros ? VerbFlag.CLEAR_BITMAP : VerbFlag.FORCE_RESYNC)).get());
            }
            return lines;
        };
        int volumes = resource.volumes().size();
        String sync = context.graph.add(zeros ? new DrbdOperations.SkipInitialSync(anchor, resource.name(), volumes)
                        : new DrbdOperations.StartInitialSync(anchor, resource.name(), volumes), List.of(wait), List.of(),
                predictions, zeros ? target.backend().spelling() + " volumes are new and read as zeros: no sync needed"
                        : "thick LVM volumes hold old data: a full sync from " + anchor + " makes every replica identical");
        WaitCondition uptodate = new WaitCondition(WaitCondition.Kind.UP_TO_DATE, resource.name(), diskfulNodes(replicas.intermediate()));
        String done = context.graph.add(new DrbdOperations.WaitFor(anchor, resource.name(), uptodate), List.of(sync), List.of(uptodate),
                List.of(), "the resource is ready once every diskful replica is UpToDate");
        ids.addAll(List.of(wait, sync, done));
        return List.of(done);
    }

    private List<String> removeReplicas(List<String> after) {
        return new RemovalSteps(context, resource, replicas, allocation, target).plan(after);
    }

    private List<String> grow() {
        return new GrowthSteps(context, resource, replicas, allocation, target).plan();
    }

    Size grossSize(String node, int volume) {
        return GrowthSteps.grossSize(context, resource, node, volume, allocation);
    }

    static BackingTarget targetOf(StoragePool pool) { return new BackingTarget(pool.backend(), pool.container(), pool.thinPool()); }

    /** The node that runs cluster-wide verbs: the first diskful replica by name. */
    static String anchorNode(List<ReplicaSet.Replica> set) {
        return set.stream().filter(r -> !r.diskless()).map(ReplicaSet.Replica::node).sorted().findFirst()
                .orElse(set.get(0).node());
    }

    static List<String> diskfulNodes(List<ReplicaSet.Replica> set) {
        return set.stream().filter(r -> !r.diskless()).map(ReplicaSet.Replica::node).sorted().toList();
    }

    /** What drbdadm will run for {@code request} on {@code node}: expanded when the steps are ordered. */
    private java.util.function.Supplier<List<String>> predicted(ResourceConfig config, String node, VerbRequest request) {
        String hostname = context.cluster.nodes().get(node).hostname();
        return () -> DrbdadmExpander.expand(config, hostname, request, Optional.empty()).commands().stream().map(Command::shellQuoted).toList();
    }
}
