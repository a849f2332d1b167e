package dev.berth.plan;

import dev.berth.desired.StoragePool;
import dev.berth.model.Size;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ZfsDataset;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.VolumeOperations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backing volumes of a pruned resource on one host. The stack no longer says which pool held
 * them, so they are found by name ({@code <resource>_<volume %05d>}) in the stack's pool
 * containers, and only when they carry Berth's marker (the {@code berth} tag, {@code berth:managed}):
 * a same-named volume someone else made is never removed.
 */
final class OrphanVolumes {
    private OrphanVolumes() {}

    static void remove(PlanContext context, String resource, String node, String afterFile) {
        Optional<ReachableHost> host = context.view(node).host();
        if (host.isEmpty()) return;
        Pattern name = Pattern.compile(Pattern.quote(resource) + "_(\\d{5})");
        for (StoragePool pool : context.cluster.storagePools().values()) {
            BackingTarget target = ResourceSteps.targetOf(pool);
            if (pool.backend().isZfs()) {
                for (ZfsDataset dataset : host.get().inventory().zfs().datasets().value().orElse(List.of())) {
                    if (!dataset.isVolume() || !dataset.isBerths() || !dataset.name().startsWith(pool.container() + "/")) continue;
                    Matcher matcher = name.matcher(dataset.name().substring(pool.container().length() + 1));
                    if (!matcher.matches()) continue;
                    add(context, resource, node, afterFile, target, matcher, dataset.volumeSize().orElse(dataset.used()));
                }
            } else {
                for (LogicalVolume lv : host.get().inventory().lvm().logicalVolumes().value().orElse(List.of())) {
                    if (!lv.volumeGroup().equals(pool.container()) || !lv.isBerths() || lv.isThinPool()) continue;
                    Matcher matcher = name.matcher(lv.name());
                    if (!matcher.matches()) continue;
                    add(context, resource, node, afterFile, target, matcher, lv.size());
                }
            }
        }
    }

    private static void add(PlanContext context, String resource, String node, String afterFile, BackingTarget target,
                            Matcher matcher, Size size) {
        int volume = Integer.parseInt(matcher.group(1));
        var operation = new VolumeOperations.RemoveBackingVolume(node, resource, volume, matcher.group(), target, size);
        // two pools may share a container (a thick and a thin pool in one VG): one removal is enough
        if (context.graph.ids().stream().anyMatch(id -> context.graph.operation(id).address().equals(operation.address()))) return;
        context.graph.add(operation, List.of(afterFile), List.of(), List.of(),
                "the stack no longer names " + resource + "; its data goes with it");
    }
}
