package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;
import dev.berth.observed.VolumeGroup;
import dev.berth.observed.ZfsDataset;
import dev.berth.desired.StoragePool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What lives on a managed pool or in /etc/drbd.d without Berth's marker: listed so that an admin
 * sees it, never touched. Berth's own resources that the stack no longer names are listed too,
 * unless this plan deletes them ({@code ownership.prune}). What this plan adopts is a change, not listed.
 */
final class Unmanagedness {
    private Unmanagedness() {}

    /** {@code pruned}, {@code adopted}: resources this plan deletes or takes over, shown as changes rather than listed. */
    static List<Unmanaged> of(DesiredCluster cluster, dev.berth.observed.ObservedCluster observed, Set<String> pruned,
                              Set<String> adopted) {
        List<Unmanaged> found = new ArrayList<>();
        Set<String> containers = new TreeSet<>();
        cluster.storagePools().values().stream().map(StoragePool::container).forEach(containers::add);
        for (ReachableHost host : observed.reachable()) {
            for (LogicalVolume lv : host.inventory().lvm().logicalVolumes().value().orElse(List.of())) {
                if (!containers.contains(lv.volumeGroup()) || lv.isThinPool() || lv.isBerths()
                        || adopted.contains(lv.name().replaceFirst("_\\d{5}$", ""))) continue;
                found.add(new Unmanaged(host.node(), "logical-volume", lv.address(), lv.size().human() + ", no berth tag"));
            }
            for (ZfsDataset dataset : host.inventory().zfs().datasets().value().orElse(List.of())) {
                if (!dataset.isVolume() || dataset.isBerths()
                        || adopted.contains(dataset.name().replaceFirst("^.*/", "").replaceFirst("_\\d{5}$", "")) || containers.stream().noneMatch(c -> dataset.name().startsWith(c + "/"))) continue;
                found.add(new Unmanaged(host.node(), "zvol", dataset.name(), "no berth:managed property"));
            }
            for (ResourceFile file : host.inventory().files().resourceFiles().value().orElse(List.of())) {
                String resource = file.fileName().replaceFirst("\\.res$", "");
                if (!file.writtenByBerth() && adopted.contains(resource)) continue;
                if (!file.writtenByBerth()) {
                    found.add(new Unmanaged(host.node(), "resource-file", file.path(), "not written by Berth"));
                } else if (!cluster.resources().containsKey(resource) && !pruned.contains(resource)) {
                    found.add(new Unmanaged(host.node(), "orphaned-resource", resource, "written by Berth but no longer in the stack; kept: "
                            + (cluster.ownership().prune() ? "outside the plan's targets, or a node holding it is in maintenance"
                                    : "set ownership.prune: true to delete it")));
                }
            }
            for (String file : host.inventory().linstorFiles().value().orElse(List.of())) {
                found.add(new Unmanaged(host.node(), "linstor-resource", file, "defined by a LINSTOR satellite"));
            }
        }
        return found;
    }
}
