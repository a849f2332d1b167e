package dev.berth.observed;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A resource as drbdadm reads it, in the terms Berth models: option sections, hosts and
 * connections. The shared secret is only its digest ({@code sha256:...}), the same form a
 * plan keeps, so a changed secret shows as drift without the value entering observed state.
 */
public record ConfiguredDefinition(SortedMap<String, String> options, SortedMap<String, String> net,
                                   SortedMap<String, String> disk, Optional<String> sharedSecretDigest,
                                   List<ConfiguredHost> hosts, List<ConfiguredConnection> connections) {
    public ConfiguredDefinition {
        Copies.noNulls("ConfiguredDefinition", options, net, disk, sharedSecretDigest, hosts, connections);
        options = Copies.sortedMap(options);
        net = Copies.sortedMap(net);
        disk = Copies.sortedMap(disk);
        hosts = hosts.stream().sorted(Comparator.comparing(ConfiguredHost::hostname)).toList();
        connections = connections.stream()
                .sorted(Comparator.comparing(ConfiguredConnection::firstHost).thenComparing(ConfiguredConnection::secondHost))
                .toList();
    }

    public Optional<ConfiguredHost> host(String hostname) {
        return hosts.stream().filter(h -> h.hostname().equals(hostname)).findFirst();
    }
}
