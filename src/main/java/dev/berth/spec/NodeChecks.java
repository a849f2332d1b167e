package dev.berth.spec;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.Transport;
import dev.berth.diag.Diagnostic;
import dev.berth.diag.JsonPointer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Nodes: unique addresses and host names, IP addresses where DRBD needs them, sane port ranges. */
final class NodeChecks {
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private NodeChecks() {}

    static List<Diagnostic> check(DesiredCluster cluster) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, String> byAddress = new HashMap<>();
        Map<String, String> byHostname = new HashMap<>();
        Map<String, String> byReplicationAddress = new HashMap<>();
        for (Node node : cluster.nodes().values()) {
            String at = JsonPointer.of("nodes", node.name());
            String first = byAddress.putIfAbsent(node.address(), node.name());
            if (first != null) found.add(Diagnostic.error(at + "/address", "address " + node.address() + " is already used by node '" + first + "'"));
            String sameHost = byHostname.putIfAbsent(node.hostname(), node.name());
            if (sameHost != null) found.add(Diagnostic.error(at + (node.hostname().equals(node.name()) ? "" : "/hostname"),
                    "hostname '" + node.hostname() + "' is already used by node '" + sameHost + "'; DRBD tells hosts apart by it"));
            if (!isIp(node.replicationAddress())) {
                String field = node.replicationAddress().equals(node.address()) ? "/address" : "/replicationAddress";
                found.add(Diagnostic.error(at + field, "DRBD connects to IP addresses, and '" + node.replicationAddress() + "' is not one")
                        .withHint("set replicationAddress to the node's IP address for DRBD traffic"));
            } else {
                String sameReplication = byReplicationAddress.putIfAbsent(node.replicationAddress(), node.name());
                if (sameReplication != null && first == null) {
                    found.add(Diagnostic.error(at + "/replicationAddress", "replication address " + node.replicationAddress()
                            + " is already used by node '" + sameReplication + "'"));
                }
            }
            if (node.ports().from() > node.ports().to()) {
                found.add(Diagnostic.error(at + "/ports", "port range starts after it ends"));
            }
        }
        if (cluster.connection().transport() == Transport.LOCAL && cluster.nodes().size() > 1) {
            found.add(Diagnostic.error("/connection/transport", "transport 'local' reaches this machine only, but the stack has "
                    + cluster.nodes().size() + " nodes").withHint("use 'ssh' for several hosts, or 'sim' for the simulated lab"));
        }
        return found;
    }

    static boolean isIp(String address) {
        return IPV4.matcher(address).matches() || (IPV6.matcher(address).matches() && address.length() >= 2);
    }
}
