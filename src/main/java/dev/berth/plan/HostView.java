package dev.berth.plan;

import dev.berth.model.Size;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.VolumeGroup;
import dev.berth.observed.ZfsDataset;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.ResourceFiles;

import java.util.List;
import java.util.Optional;

/** The questions the planner asks about one node's observed state; empty answers for unreachable hosts. */
final class HostView {
    private final Optional<ReachableHost> host;

    HostView(ObservedCluster observed, String node) {
        this.host = Optional.ofNullable(observed.hosts().get(node)).flatMap(h -> h.reachable());
    }

    boolean reachable() { return host.isPresent(); }

    Optional<ReachableHost> host() { return host; }

    Optional<ResourceFile> file(String resource) {
        String path = ResourceFiles.path(resource);
        return host.flatMap(h -> h.inventory().files().resourceFiles().value()).flatMap(files ->
                files.stream().filter(f -> f.path().equals(path)).findFirst());
    }

    Optional<ResourceStatus> status(String resource) {
        return host.flatMap(h -> h.inventory().drbd().status().value()).flatMap(list ->
                list.stream().filter(s -> s.name().equals(resource)).findFirst());
    }

    Optional<Size> volumeSize(BackingTarget target, String name) {
        if (host.isEmpty()) return Optional.empty();
        if (!target.backend().isZfs()) return host.get().inventory().lvm().logicalVolume(target.container(), name).map(lv -> lv.size());
        return host.get().inventory().zfs().datasets().value().orElse(List.of()).stream()
                .filter(d -> d.name().equals(target.qualified(name))).findFirst().flatMap(ZfsDataset::volumeSize);
    }

    Optional<VolumeGroup> volumeGroup(String name) { return host.flatMap(h -> h.inventory().lvm().volumeGroup(name)); }

    boolean hasDataset(String name) {
        return host.map(h -> h.inventory().zfs().datasets().value().orElse(List.of()).stream().anyMatch(d -> d.name().equals(name)))
                .orElse(false);
    }

    boolean hasThinPool(String volumeGroup, String thinPool) {
        return host.flatMap(h -> h.inventory().lvm().logicalVolume(volumeGroup, thinPool)).filter(lv -> lv.isThinPool()).isPresent();
    }
}
