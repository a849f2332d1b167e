package dev.berth.plan.placement;

import dev.berth.model.Command;
import dev.berth.model.Size;
import dev.berth.observed.BerthFiles;
import dev.berth.observed.BlockDevice;
import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.DrbdInventory;
import dev.berth.observed.DrbdModule;
import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import dev.berth.observed.HostErrorKind;
import dev.berth.observed.HostFacts;
import dev.berth.observed.HostInventory;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.LvAttributes;
import dev.berth.observed.LvHealth;
import dev.berth.observed.LvOpenState;
import dev.berth.observed.LvPermission;
import dev.berth.observed.LvState;
import dev.berth.observed.LvTargetType;
import dev.berth.observed.LvVolumeType;
import dev.berth.observed.LvmInventory;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.Reading;
import dev.berth.observed.ResourceFile;
import dev.berth.observed.UnreachableHost;
import dev.berth.observed.VolumeGroup;
import dev.berth.observed.ZfsInventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Observed hosts built from records, for tests that need many clusters fast (the properties). */
final class ObservedHosts {
    private ObservedHosts() {}

    static ObservedCluster cluster(List<ObservedHost> hosts) {
        TreeMap<String, ObservedHost> map = new TreeMap<>();
        hosts.forEach(h -> map.put(h.node(), h));
        return new ObservedCluster(map);
    }

    static UnreachableHost down(String node) { return new UnreachableHost(node, HostErrorKind.UNREACHABLE, "no route to host"); }

    /** A host with volume group {@code vg} holding a thin pool {@code thin} of {@code thinSize} at {@code dataPercent}. */
    static ReachableHost thinHost(String node, String vg, Size thinSize, String dataPercent, List<ResourceFile> files,
                                  List<ConfiguredResource> configured) {
        VolumeGroup group = volumeGroup(vg, thinSize, Size.ofBytes(0));
        LogicalVolume thin = new LogicalVolume(vg, "thin", "uuid-" + node, thinSize,
                new LvAttributes("twi-aotz--", LvVolumeType.THIN_POOL, LvPermission.WRITEABLE, LvState.ACTIVE, LvOpenState.OPEN,
                        LvTargetType.THIN, true, LvHealth.HEALTHY, false),
                new TreeSet<>(), Optional.empty(), Optional.of(new BigDecimal(dataPercent)), Optional.of(BigDecimal.ONE), List.of("thin-pool"));
        return host(node, List.of(group), List.of(thin), List.of(), files, configured);
    }

    static VolumeGroup volumeGroup(String name, Size size, Size free) {
        long extent = Size.MIB * 4;
        return new VolumeGroup(name, "uuid-" + name, size, free, Size.ofBytes(extent), size.bytes() / extent, free.bytes() / extent,
                1, 0, new TreeSet<>());
    }

    static ReachableHost host(String node, List<VolumeGroup> groups, List<LogicalVolume> volumes, List<BlockDevice> devices,
                              List<ResourceFile> files, List<ConfiguredResource> configured) {
        HostFacts facts = new HostFacts(Optional.of(node), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), DrbdModule.DRBD_9);
        HostInventory inventory = new HostInventory(Reading.known(devices), new TreeMap<>(),
                new LvmInventory(Reading.known(List.of()), Reading.known(groups), Reading.known(volumes)),
                new ZfsInventory(Reading.known(List.of()), Reading.known(List.of())),
                new DrbdInventory(Reading.known(configured), Reading.known(List.of()), Reading.known(List.of())),
                new BerthFiles(Reading.known(files), Reading.known(Optional.empty()), Reading.known(Optional.empty()),
                        Reading.known(Optional.empty())),
                Reading.known(List.of()));
        return new ReachableHost(node, facts, inventory, List.of());
    }

    /** The same host with drbdadm's view unknown, as on a host whose drbdadm failed. */
    static Reading<List<ConfiguredResource>> unknownConfiguration() {
        return Reading.unknown(new Finding(FindingKind.COMMAND_FAILED, "drbdadm failed", Command.of("drbdadm", "dump", "all")));
    }

    static ResourceFile berthFile(LiveResource resource) {
        return new ResourceFile("/etc/drbd.d/" + resource.config().name() + ".res", resource.berthFile(), true, new TreeMap<>());
    }
}
