package dev.berth.drift;

import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ParseResult;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileParser;
import dev.berth.model.Address;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.ops.Operation;
import dev.berth.ops.ResourceFiles;
import dev.berth.plan.ResourceChange;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A replica whose resource file the plan rewrites: which DRBD options, peers or volumes differ,
 * one item per field ({@code net.protocol}, {@code peers}), by reading the live file and the file
 * the plan would write with the drbd model, so that a reviewer (and driftIgnore) sees the field,
 * not just "the file changed".
 */
final class OptionDrift {
    private final DriftContext context;

    OptionDrift(DriftContext context) { this.context = context; }

    void compare(Address address, ResourceChange change) {
        String node = address.node().orElseThrow();
        Optional<String> planned = Optional.ofNullable(context.plannedFiles.get(address));
        Optional<String> live = liveFile(node, address.name());
        if (planned.isEmpty() || live.isEmpty()) {
            context.add(DriftKind.CHANGED, address, "replica", "as the stack says", change.reason(), PlanDrift.APPLY);
            return;
        }
        ParseResult wanted = ResourceFileParser.parse(planned.get());
        ParseResult found = ResourceFileParser.parse(live.get());
        if (!found.succeeded() || found.resources().isEmpty() || wanted.resources().isEmpty()) {
            context.add(DriftKind.CHANGED, address, "file", "the file Berth writes", ResourceFiles.path(address.name()) + " is unreadable"
                    + found.problem().map(p -> ": " + p).orElse(""), PlanDrift.APPLY);
            return;
        }
        int before = context.items.size();
        ResourceConfig expected = wanted.resources().get(0).resource();
        ResourceConfig actual = found.resources().get(0).resource();
        options(address, "options", expected.options(), actual.options());
        options(address, "net", expected.net(), actual.net());
        options(address, "disk", expected.disk(), actual.disk());
        differ(address, "peers", peers(expected), peers(actual));
        // volumes of the hosts on both sides only: a peer added or removed is already the "peers" item
        java.util.Set<String> both = expected.hosts().stream().map(HostConfig::hostname)
                .filter(h -> actual.host(h).isPresent()).collect(Collectors.toSet());
        differ(address, "volumes", volumes(expected, both), volumes(actual, both));
        if (context.items.size() == before) {
            context.add(DriftKind.CHANGED, address, "file", "the file Berth writes", "the same settings, written differently",
                    PlanDrift.APPLY);
        }
    }

    private void options(Address address, String section, SortedMap<String, String> expected, SortedMap<String, String> actual) {
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            differ(address, section + "." + name, expected.getOrDefault(name, "unset"), actual.getOrDefault(name, "unset"));
        }
    }

    private void differ(Address address, String field, String expected, String actual) {
        if (!expected.equals(actual)) context.add(DriftKind.CHANGED, address, field, expected, actual, PlanDrift.APPLY);
    }

    private static String peers(ResourceConfig config) {
        String hosts = config.hosts().stream().map(h -> h.hostname() + " node-id " + h.nodeId() + (h.isDiskless() ? " diskless" : ""))
                .collect(Collectors.joining(", "));
        String links = config.connections().stream().map(c -> endpoint(c.first()) + " - " + endpoint(c.second()))
                .collect(Collectors.joining(", "));
        return hosts + "; connections " + (links.isEmpty() ? "none" : links);
    }

    private static String endpoint(Endpoint endpoint) { return endpoint.hostname() + " " + endpoint.address() + ":" + endpoint.port(); }

    private static String volumes(ResourceConfig config, java.util.Set<String> hosts) {
        return config.hosts().stream().filter(h -> hosts.contains(h.hostname())).map(OptionDrift::volumes).collect(Collectors.joining("; "));
    }

    private static String volumes(HostConfig host) {
        return host.hostname() + " " + host.volumes().stream().map(v -> v.number() + ": minor " + v.minor() + " " + v.backingDisk()
                .orElse("none")).collect(Collectors.joining(", "));
    }

    private Optional<String> liveFile(String node, String resource) {
        String path = ResourceFiles.path(resource);
        return Optional.ofNullable(context.observed.hosts().get(node)).flatMap(h -> h.reachable())
                .flatMap(h -> files(h).stream().filter(f -> f.path().equals(path)).findFirst()).map(ResourceFile::content);
    }

    static List<ResourceFile> files(ReachableHost host) { return host.inventory().files().resourceFiles().value().orElse(List.of()); }

    static Optional<String> content(Operation operation) {
        if (operation instanceof DrbdOperations.Reconfigure r) return Optional.of(r.content());
        if (operation instanceof DrbdOperations.AttachDisk a) return Optional.of(a.content());
        if (operation instanceof FileOperations.WriteResourceFile w) return Optional.of(w.content());
        return Optional.empty();
    }

}
