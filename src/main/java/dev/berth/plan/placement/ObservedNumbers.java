package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.observed.BlockDevice;
import dev.berth.observed.ConfiguredConnection;
import dev.berth.observed.ConfiguredDefinition;
import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.KernelConnection;
import dev.berth.observed.KernelPath;
import dev.berth.observed.KernelResource;
import dev.berth.observed.KernelVolume;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills {@link UsedNumbers} from what discovery saw on each reachable host: every configured
 * resource (whoever defined it), the kernel's running resources, the live status, the
 * {@code /dev/drbdN} devices lsblk lists, and Berth's files when drbdadm could not answer. A
 * LINSTOR resource that drbdadm could not model and that is down shows in none of these: a gap
 * the planner's apply-time checks must cover.
 */
final class ObservedNumbers {
    private static final Pattern DRBD_DEVICE = Pattern.compile("drbd([0-9]+)");

    private ObservedNumbers() {}

    static void collect(DesiredCluster desired, ObservedCluster observed, UsedNumbers used) {
        DefinitionFiles.Cache cache = new DefinitionFiles.Cache();
        for (ReachableHost host : observed.reachable()) {
            Node node = desired.nodes().get(host.node());
            if (node == null) continue;
            var inventory = host.inventory();
            inventory.drbd().configured().value().ifPresent(list -> list.forEach(resource ->
                    resource.definition().ifPresent(d -> definition(node, resource.name(), d, used))));
            // A file drbdadm did not show (or could not: no drbdadm) is read itself, as HostDefinitions does.
            Set<String> shown = inventory.drbd().configured().value()
                    .map(list -> list.stream().map(ConfiguredResource::name).collect(Collectors.toSet())).orElse(Set.of());
            inventory.files().resourceFiles().value().ifPresent(files -> {
                for (ResourceFile file : files) {
                    String name = DefinitionFiles.resourceNameOf(file);
                    // Berth's files of stack resources are the live replicas, which allocation reserves itself.
                    if (shown.contains(name) || file.writtenByBerth() && desired.resources().containsKey(name)) continue;
                    cache.read(file).definitions().forEach((resource, d) -> definition(node, resource, d, used));
                }
            });
            inventory.drbd().kernel().value().ifPresent(list -> list.forEach(resource -> kernel(node.name(), resource, used)));
            inventory.drbd().status().value().ifPresent(list -> list.forEach(status ->
                    status.devices().forEach(device -> used.useMinor(node.name(), device.minor(), status.name()))));
            inventory.blockDevices().value().ifPresent(devices -> devices.stream().flatMap(BlockDevice::flattened).forEach(device -> {
                Matcher drbd = DRBD_DEVICE.matcher(device.name());
                if (drbd.matches()) used.useMinor(node.name(), Integer.parseInt(drbd.group(1)));
            }));
        }
    }

    private static void definition(Node node, String resource, ConfiguredDefinition definition, UsedNumbers used) {
        definition.host(node.hostname()).ifPresent(host -> host.volumes().forEach(v -> used.useMinor(node.name(), v.minor(), resource)));
        for (ConfiguredConnection connection : definition.connections()) {
            if (connection.firstHost().equals(node.hostname())) used.usePort(node.name(), connection.firstAddress().port());
            if (connection.secondHost().equals(node.hostname())) used.usePort(node.name(), connection.secondAddress().port());
        }
    }

    private static void kernel(String node, KernelResource resource, UsedNumbers used) {
        for (KernelVolume volume : resource.volumes()) used.useMinor(node, volume.minor(), resource.name());
        for (KernelConnection connection : resource.connections()) {
            for (KernelPath path : connection.paths()) used.usePort(node, path.thisHost().port());
        }
    }
}
