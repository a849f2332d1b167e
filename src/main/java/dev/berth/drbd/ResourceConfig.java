package dev.berth.drbd;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A DRBD 9 resource as Berth writes it: option sections (DRBD's own option names, sorted), one
 * host section per replica and one connection per pair of hosts that are not both diskless.
 * The invariants are the ones a planner relies on: unique host names and node-ids, the same
 * volume numbers and minors on every host, and a full mesh of connections.
 */
public record ResourceConfig(
        String name,
        SortedMap<String, String> options,
        SortedMap<String, String> net,
        SortedMap<String, String> disk,
        Optional<SecretReference> sharedSecret,
        List<HostConfig> hosts,
        List<Connection> connections) {

    public ResourceConfig {
        Names.requireResourceName(name);
        options = checkedOptions("options", options);
        net = checkedOptions("net", net);
        disk = checkedOptions("disk", disk);
        Objects.requireNonNull(sharedSecret, "sharedSecret");
        // The value must never sit in a map that is printed, diffed or stored in a plan.
        if (net.containsKey("shared-secret")) {
            throw new IllegalArgumentException("the shared secret is a SecretReference, not a net option");
        }
        hosts = hosts.stream().sorted(Comparator.comparing(HostConfig::hostname)).toList();
        connections = connections.stream().sorted(Comparator.comparing(Connection::pairKey)).toList();
        if (hosts.isEmpty()) throw new IllegalArgumentException("resource " + name + " has no host");
        ResourceInvariants.check(name, hosts, connections);
    }

    private static SortedMap<String, String> checkedOptions(String section, Map<String, String> given) {
        Objects.requireNonNull(given, section);
        var copy = new TreeMap<String, String>();
        given.forEach((key, value) -> copy.put(Names.requireOptionName(key), Names.requireOptionValue(key, value)));
        return Collections.unmodifiableSortedMap(copy);
    }

    public Optional<HostConfig> host(String hostname) {
        return hosts.stream().filter(h -> h.hostname().equals(hostname)).findFirst();
    }

    /** The connections of one host in file order, which is also the order drbdadm walks its peers in. */
    public List<Connection> connectionsOf(String hostname) {
        return connections.stream().filter(c -> c.involves(hostname)).toList();
    }

    /** Volume numbers, the same on every host. */
    public List<Integer> volumeNumbers() {
        return hosts.get(0).volumes().stream().map(VolumeConfig::number).toList();
    }

    /** The same resource with another secret marker, e.g. to compare a re-read dump with its origin. */
    public ResourceConfig withSharedSecret(Optional<SecretReference> reference) {
        return new ResourceConfig(name, options, net, disk, reference, hosts, connections);
    }
}
