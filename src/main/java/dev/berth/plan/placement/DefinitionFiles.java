package dev.berth.plan.placement;

import dev.berth.drbd.Connection;
import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ParseResult;
import dev.berth.drbd.ParsedResource;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileParser;
import dev.berth.observed.ConfiguredConnection;
import dev.berth.observed.ConfiguredDefinition;
import dev.berth.observed.ConfiguredHost;
import dev.berth.observed.ConfiguredVolume;
import dev.berth.observed.DrbdAddress;
import dev.berth.observed.ResourceFile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the resource files discovery listed into the same {@link ConfiguredDefinition} that
 * {@code drbdadm dump} gives, so that existing replicas are read one way whichever source a host
 * offered. Discovery kept the files with their secrets redacted; the secret does not matter here.
 */
final class DefinitionFiles {
    /** The resources a file defines, by name; or why it could not be read. */
    record Read(SortedMap<String, ConfiguredDefinition> definitions, Optional<String> problem) {}

    /**
     * Reads each distinct file text once: Berth writes the same bytes on every host of a resource,
     * so a cluster's thousands of files are mostly copies. One cache lives for one call.
     */
    static final class Cache {
        private final Map<String, Read> byContent = new HashMap<>();

        Read read(ResourceFile file) { return byContent.computeIfAbsent(file.content(), text -> DefinitionFiles.read(file)); }
    }

    private DefinitionFiles() {}

    static Read read(ResourceFile file) {
        ParseResult parsed;
        try {
            parsed = ResourceFileParser.parse(file.content());
        } catch (RuntimeException refused) {
            // The drbd model reports problems as values; a record invariant may still refuse a file.
            return new Read(new TreeMap<>(), Optional.of(String.valueOf(refused.getMessage())));
        }
        if (parsed.problem().isPresent()) {
            var problem = parsed.problem().get();
            return new Read(new TreeMap<>(), Optional.of(file.path() + ":" + problem.line() + ":" + problem.column() + ": " + problem.message()));
        }
        TreeMap<String, ConfiguredDefinition> definitions = new TreeMap<>();
        for (ParsedResource resource : parsed.resources()) definitions.put(resource.resource().name(), mirror(resource.resource()));
        return new Read(definitions, Optional.empty());
    }

    /** The name a file is meant to define ({@code /etc/drbd.d/r0.res} → {@code r0}), for files that cannot be read. */
    static String resourceNameOf(ResourceFile file) {
        String name = file.fileName();
        return name.endsWith(".res") ? name.substring(0, name.length() - ".res".length()) : name;
    }

    static ConfiguredDefinition mirror(ResourceConfig resource) {
        return new ConfiguredDefinition(resource.options(), resource.net(), resource.disk(), Optional.empty(),
                resource.hosts().stream().map(DefinitionFiles::host).toList(),
                resource.connections().stream().map(DefinitionFiles::connection).toList());
    }

    private static ConfiguredHost host(HostConfig host) {
        return new ConfiguredHost(host.hostname(), host.nodeId(), host.volumes().stream()
                .map(v -> new ConfiguredVolume(v.number(), v.minor(), v.backingDisk())).toList());
    }

    private static ConfiguredConnection connection(Connection connection) {
        return new ConfiguredConnection(connection.first().hostname(), address(connection.first()),
                connection.second().hostname(), address(connection.second()));
    }

    private static DrbdAddress address(Endpoint endpoint) {
        return new DrbdAddress(endpoint.family().keyword(), endpoint.address(), endpoint.port());
    }
}
