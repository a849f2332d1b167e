package dev.berth.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the three ways drbd.conf states connections: explicit {@code connection { path { host
 * "a" address ...; ... } }} blocks (LINSTOR's and Berth's way, and what {@code drbdadm dump}
 * prints), {@code connection-mesh { hosts a b c; }} over the addresses of the {@code on}
 * sections, and the implicit single connection of a two-host file.
 */
final class ConnectionReader {
    private ConnectionReader() {}

    static List<Connection> read(List<ConfigNode> explicit, List<ConfigNode> meshes,
                                 Map<String, HostDraft> drafts, Map<String, HostConfig> hosts) throws ConfigFailure {
        var connections = new ArrayList<Connection>();
        for (ConfigNode node : explicit) connections.add(explicitConnection(node, drafts));
        for (ConfigNode mesh : meshes) {
            List<String> names = meshHosts(mesh, drafts);
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    // A mesh names every host, but two clients have nothing to replicate: no connection.
                    if (hosts.get(names.get(i)).isDiskless() && hosts.get(names.get(j)).isDiskless()) continue;
                    connections.add(endpointsOf(mesh, drafts.get(names.get(i)), drafts.get(names.get(j))));
                }
            }
        }
        if (explicit.isEmpty() && meshes.isEmpty() && drafts.size() == 2) {
            var pair = new ArrayList<>(drafts.values());
            if (pair.get(0).address.isPresent() && pair.get(1).address.isPresent()) {
                connections.add(endpointsOf(pair.get(0).origin, pair.get(0), pair.get(1)));
            }
        }
        return connections;
    }

    private static Connection explicitConnection(ConfigNode node, Map<String, HostDraft> drafts) throws ConfigFailure {
        ResourceFileParser.requireSection(node);
        var endpoints = new ArrayList<Endpoint>();
        int paths = 0;
        for (ConfigNode child : node.children()) {
            if (child.keyword().equals("path")) {
                if (++paths > 1) throw ConfigFailure.at(child, "several paths per connection are not supported");
                ResourceFileParser.requireSection(child);
                for (ConfigNode host : child.children()) endpoints.add(hostEndpoint(host, drafts));
            } else if (child.keyword().equals("host")) {
                endpoints.add(hostEndpoint(child, drafts));
            } else if (child.keyword().equals("net") && onlyName(child)) {
                // drbdadm dump adds 'net { _name <peer>; }': the peer's name, which the hosts already say.
                continue;
            } else {
                throw ConfigFailure.at(child, "'" + child.keyword() + "' in a connection is not supported (per-connection options are not modelled)");
            }
        }
        if (endpoints.size() != 2) throw ConfigFailure.at(node, "a connection needs exactly two hosts, found " + endpoints.size());
        try {
            return new Connection(endpoints.get(0), endpoints.get(1));
        } catch (IllegalArgumentException invalid) {
            throw ConfigFailure.at(node, invalid.getMessage());
        }
    }

    private static boolean onlyName(ConfigNode net) {
        return net.isSection() && net.children().stream().allMatch(o -> o.keyword().equals("_name") && !o.isSection());
    }

    /** {@code host "a" address ipv4 10.0.0.1:7000;} or {@code host "a";} (address from its on-section). */
    private static Endpoint hostEndpoint(ConfigNode statement, Map<String, HostDraft> drafts) throws ConfigFailure {
        if (!statement.keyword().equals("host") || statement.isSection() || statement.arguments().isEmpty()) {
            throw ConfigFailure.at(statement, "expected 'host <name> [address ...];'");
        }
        String hostname = statement.arguments().get(0).text();
        HostDraft draft = drafts.get(hostname);
        if (draft == null) throw ConfigFailure.at(statement, "host " + hostname + " has no 'on' section");
        var rest = statement.arguments().subList(1, statement.arguments().size());
        if (rest.isEmpty()) return onAddress(statement, draft);
        if (!rest.get(0).text().equals("address")) throw ConfigFailure.at(rest.get(0), "expected 'address' after the host name");
        return AddressReader.read(statement, hostname, rest.subList(1, rest.size()));
    }

    private static Connection endpointsOf(ConfigNode where, HostDraft first, HostDraft second) throws ConfigFailure {
        return new Connection(onAddress(where, first), onAddress(where, second));
    }

    private static Endpoint onAddress(ConfigNode where, HostDraft draft) throws ConfigFailure {
        ConfigNode address = draft.address.orElseThrow(
                () -> ConfigFailure.at(where, "host " + draft.hostname + " has no address for this connection"));
        return AddressReader.read(address, draft.hostname, address.arguments());
    }

    private static List<String> meshHosts(ConfigNode mesh, Map<String, HostDraft> drafts) throws ConfigFailure {
        ResourceFileParser.requireSection(mesh);
        var names = new ArrayList<String>();
        for (ConfigNode child : mesh.children()) {
            if (child.keyword().equals("hosts") && !child.isSection()) {
                for (ConfigNode.Word word : child.arguments()) {
                    if (!drafts.containsKey(word.text())) throw ConfigFailure.at(word, "host " + word.text() + " has no 'on' section");
                    names.add(word.text());
                }
            } else if (!(child.keyword().equals("net") && onlyName(child))) {
                throw ConfigFailure.at(child, "'" + child.keyword() + "' in a connection-mesh is not supported");
            }
        }
        return names.stream().distinct().sorted().toList();
    }
}
