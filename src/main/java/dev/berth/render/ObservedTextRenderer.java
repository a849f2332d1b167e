package dev.berth.render;

import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.Finding;
import dev.berth.observed.HostFacts;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.Reading;
import dev.berth.observed.ResourceFile;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.UnreachableHost;
import dev.berth.observed.VolumeGroup;
import dev.berth.observed.ZfsDataset;
import dev.berth.observed.Zpool;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@code berth discover}: a readable summary per host; the JSON form carries everything. */
public final class ObservedTextRenderer {
    private final StringBuilder out = new StringBuilder();

    private ObservedTextRenderer() {}

    public static String render(ObservedCluster cluster) {
        ObservedTextRenderer renderer = new ObservedTextRenderer();
        cluster.hosts().values().forEach(renderer::host);
        long unreachable = cluster.unreachable().size();
        renderer.out.append(cluster.hosts().size()).append(" host(s), ").append(unreachable).append(" unreachable\n");
        return renderer.out.toString();
    }

    private void host(ObservedHost host) {
        if (host instanceof UnreachableHost down) {
            out.append(down.node()).append(": UNREACHABLE (").append(down.kind().name().toLowerCase().replace('_', ' '))
                    .append("): ").append(down.message()).append("\n\n");
            return;
        }
        ReachableHost up = (ReachableHost) host;
        out.append(up.node()).append(": ").append(facts(up.facts())).append('\n');
        section("volume groups", up.inventory().lvm().volumeGroups(), this::volumeGroup);
        section("logical volumes", up.inventory().lvm().logicalVolumes(), this::logicalVolume);
        section("zpools", up.inventory().zfs().pools(), this::zpool);
        section("zvols", up.inventory().zfs().datasets().value().map(d -> d.stream().filter(ZfsDataset::isVolume).toList())
                .<Reading<List<ZfsDataset>>>map(Reading.Known::new).orElse(up.inventory().zfs().datasets()), this::zvol);
        section("drbd resources", up.inventory().drbd().status(), this::resource);
        section("drbd configuration", up.inventory().drbd().configured(), this::configured);
        section("resource files", up.inventory().files().resourceFiles(), this::resourceFile);
        if (!up.findings().isEmpty()) {
            out.append("  findings:\n");
            up.findings().forEach(this::finding);
        }
        out.append('\n');
    }

    private static String facts(HostFacts facts) {
        StringBuilder line = new StringBuilder("uname ").append(facts.hostname().orElse("?"));
        facts.kernelRelease().ifPresent(k -> line.append(", kernel ").append(k));
        facts.drbdUtilsVersion().ifPresent(v -> line.append(", drbd-utils ").append(v));
        facts.drbdKernelVersion().ifPresent(v -> line.append(", drbd ").append(v));
        // only say something about the module when it is not the DRBD 9 every replica needs
        if (facts.drbdModule() != dev.berth.observed.DrbdModule.DRBD_9) {
            line.append(" (DRBD module: ").append(facts.drbdModule().name().toLowerCase().replace('_', ' ')).append(')');
        }
        facts.lvmVersion().ifPresent(v -> line.append(", lvm ").append(v));
        facts.zfsVersion().ifPresent(v -> line.append(", zfs ").append(v));
        return line.toString();
    }

    private <T> void section(String title, Reading<List<T>> reading, Consumer<T> line) {
        Optional<List<T>> items = reading.value();
        if (items.isEmpty()) {
            out.append("  ").append(title).append(": unknown (").append(reading.reason().map(Finding::message).orElse("?")).append(")\n");
            return;
        }
        if (items.get().isEmpty()) return;
        out.append("  ").append(title).append(":\n");
        items.get().forEach(line);
    }

    private void volumeGroup(VolumeGroup vg) {
        out.append("    ").append(vg.name()).append("  size ").append(vg.size().human()).append("  free ").append(vg.free().human())
                .append("  extent ").append(vg.extentSize().human()).append(tags(vg.tags())).append('\n');
    }

    private void logicalVolume(LogicalVolume lv) {
        out.append("    ").append(lv.address()).append("  ").append(lv.size().human()).append("  ").append(lv.attributes().raw());
        lv.pool().ifPresent(p -> out.append("  pool ").append(p));
        lv.dataPercent().ifPresent(p -> out.append("  data ").append(p.toPlainString()).append('%'));
        out.append(tags(lv.tags())).append('\n');
    }

    private void zpool(Zpool pool) {
        out.append("    ").append(pool.name()).append("  size ").append(pool.size().human()).append("  free ")
                .append(pool.free().human()).append("  ").append(pool.health()).append('\n');
    }

    private void zvol(ZfsDataset zvol) {
        out.append("    ").append(zvol.name()).append("  ").append(zvol.volumeSize().map(s -> s.human()).orElse("?"))
                .append(zvol.refreservation().filter(r -> r.bytes() == 0).isPresent() ? "  sparse" : "")
                .append(zvol.isBerths() ? "  [berth]" : "").append('\n');
    }

    private void resource(ResourceStatus resource) {
        out.append("    ").append(resource.name()).append("  ").append(resource.role()).append("  node-id ").append(resource.nodeId());
        if (resource.suspended()) out.append("  SUSPENDED ").append(resource.suspendedFor());
        if (!resource.hasQuorum()) out.append("  NO QUORUM");
        out.append('\n');
        for (DeviceStatus device : resource.devices()) {
            out.append("      volume ").append(device.volume()).append("  minor ").append(device.minor()).append("  ")
                    .append(device.diskState()).append(device.client() ? " (client)" : "").append('\n');
        }
        for (ConnectionStatus peer : resource.connections()) {
            out.append("      peer ").append(peer.name()).append(" (node-id ").append(peer.peerNodeId()).append(")  ")
                    .append(peer.connectionState()).append("  ").append(peer.peerRole());
            for (PeerDeviceStatus pd : peer.peerDevices()) {
                out.append("  v").append(pd.volume()).append(' ').append(pd.replicationState()).append('/').append(pd.peerDiskState());
                pd.percentResyncDone().ifPresent(p -> out.append(' ').append(p.toPlainString()).append("% synced"));
            }
            out.append('\n');
        }
    }

    private void configured(ConfiguredResource resource) {
        out.append("    ").append(resource.name()).append(resource.ignoredOnThisHost() ? "  (not on this host)" : "")
                .append(resource.definedAt().map(d -> "  " + d).orElse("")).append('\n');
    }

    private void resourceFile(ResourceFile file) {
        out.append("    ").append(file.path()).append(file.writtenByBerth() ? "  (Berth's)" : "  (not Berth's)").append('\n');
    }

    private void finding(Finding finding) {
        out.append("    ").append(finding.kind().name().toLowerCase().replace('_', ' ')).append(": ").append(finding.message()).append('\n');
    }

    private static String tags(java.util.Collection<String> tags) {
        return tags.isEmpty() ? "" : "  [" + tags.stream().collect(Collectors.joining(",")) + "]";
    }
}
