package dev.berth.discovery.parse;

import dev.berth.observed.ConnectionState;
import dev.berth.observed.DrbdAddress;
import dev.berth.observed.KernelConnection;
import dev.berth.observed.KernelPath;
import dev.berth.observed.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code connections} of {@code drbdsetup show --json}: peer node-id, paths, net and peer-device options. */
final class ShowConnectionReader {
    /** The string form older drbd-utils print: {@code ipv4 192.168.10.102:7990}, {@code ipv6 [fd00::1]:7000}. */
    private static final Pattern ADDRESS_TEXT = Pattern.compile("(\\S+) \\[?([^\\[\\]]+?)\\]?:([0-9]{1,5})");

    private ShowConnectionReader() {}

    static KernelConnection connection(JsonValue connection) throws BadOutput {
        Optional<String> state = DrbdsetupShowParser.optionalString(connection, "_cstate");
        SortedMap<Integer, SortedMap<String, String>> peerDeviceOptions = new TreeMap<>();
        Optional<JsonValue> volumes = connection.optionalField("volumes");
        if (volumes.isPresent()) {
            for (JsonValue volume : volumes.get().elements()) {
                peerDeviceOptions.put(volume.field("volume_nr").intValue(), DrbdsetupShowParser.options(volume.optionalField("disk")));
            }
        }
        return new KernelConnection(
                connection.field("_peer_node_id").intValue(),
                state.map(s -> Term.of(ConnectionState.class, s)),
                DrbdsetupShowParser.options(connection.optionalField("net")),
                paths(connection),
                peerDeviceOptions);
    }

    private static List<KernelPath> paths(JsonValue connection) throws BadOutput {
        List<KernelPath> paths = new ArrayList<>();
        Optional<JsonValue> current = connection.optionalField("paths");
        if (current.isPresent()) {
            for (JsonValue path : current.get().elements()) {
                paths.add(new KernelPath(address(path.field("this_host")), address(path.field("remote_host"))));
            }
        }
        Optional<JsonValue> legacy = connection.optionalField("path");
        if (legacy.isPresent()) {
            paths.add(new KernelPath(address(legacy.get().field("_this_host")), address(legacy.get().field("_remote_host"))));
        }
        return paths;
    }

    /** {@code {"address": "10.0.0.1", "port": 7000, "family": "ipv4"}}, or the older string form. */
    private static DrbdAddress address(JsonValue value) throws BadOutput {
        if (value.isString()) {
            Matcher m = ADDRESS_TEXT.matcher(value.string());
            if (!m.matches()) throw value.problem("expected 'family address:port' at " + value.pointer() + ", found \"" + value.string() + "\"");
            return new DrbdAddress(m.group(1), m.group(2), port(value, Integer.parseInt(m.group(3))));
        }
        JsonValue port = value.field("port");
        return new DrbdAddress(value.field("family").string(), value.field("address").string(), port(port, port.intValue()));
    }

    private static int port(JsonValue where, int port) throws BadOutput {
        if (port < 0 || port > 65535) throw where.problem("port out of range at " + where.pointer() + ": " + port);
        return port;
    }
}
