package dev.berth.spec;

import dev.berth.desired.Candidates;
import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.ResourceGroup;
import dev.berth.diag.Diagnostic;
import dev.berth.diag.DidYouMean;
import dev.berth.diag.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Groups: the pool exists, the replica count fits the eligible nodes and DRBD's peer slots, quorum is sound. */
final class GroupChecks {
    static final int DRBD_MAX_NODES = 32; // node-ids 0-31

    private GroupChecks() {}

    static List<Diagnostic> check(DesiredCluster cluster, JsonNode document) {
        List<Diagnostic> found = new ArrayList<>();
        for (ResourceGroup group : cluster.resourceGroups().values()) {
            String at = JsonPointer.of("resourceGroups", group.name());
            if (cluster.pool(group.pool()).isEmpty()) {
                Diagnostic d = Diagnostic.error(at + "/pool", "storage pool '" + group.pool() + "' is not defined in 'storagePools'");
                found.add(DidYouMean.hint(group.pool(), cluster.storagePools().keySet()).map(d::withHint).orElse(d));
                continue;
            }
            checkNodeReferences(cluster, document, at + "/placement/avoidNodes", found);
            checkNodeReferences(cluster, document, at + "/placement/requireNodes", found);
            if (group.replicas() > group.maxPeers() + 1) {
                found.add(Diagnostic.error(at + "/replicas", group.replicas() + " diskful replicas need " + (group.replicas() - 1)
                        + " peer slots, but maxPeers is " + group.maxPeers()));
            }
            if (!hasResourcesWithoutNodes(cluster, group)) continue; // placement only matters for placed resources
            checkPlacement(cluster, group, at, found);
        }
        return found;
    }

    private static void checkPlacement(DesiredCluster cluster, ResourceGroup group, String at, List<Diagnostic> found) {
        List<Node> eligible = Candidates.diskful(cluster, group);
        if (group.replicas() > eligible.size()) {
            found.add(Diagnostic.error(at + "/replicas", group.replicas() + " replicas wanted, but only " + eligible.size()
                    + " node(s) can hold pool '" + group.pool() + "': " + names(eligible)));
            return;
        }
        group.placement().spreadAcross().ifPresent(label -> {
            long values = eligible.stream().map(n -> n.labels().get(label)).filter(v -> v != null).distinct().count();
            if (values < group.replicas()) {
                found.add(Diagnostic.error(at + "/placement/spreadAcross", group.replicas() + " replicas must spread across label '"
                        + label + "', but the eligible nodes have only " + values + " distinct value(s) of it"));
            }
        });
        group.placement().keepTogether().ifPresent(label -> {
            Map<String, Long> perValue = eligible.stream().filter(n -> n.labels().containsKey(label))
                    .collect(Collectors.groupingBy(n -> n.labels().get(label), Collectors.counting()));
            if (perValue.values().stream().noneMatch(count -> count >= group.replicas())) {
                found.add(Diagnostic.error(at + "/placement/keepTogether", "no value of label '" + label + "' has "
                        + group.replicas() + " eligible nodes"));
            }
        });
        boolean tiebreaker = group.placement().disklessTiebreaker();
        if (group.replicas() == 2 && Candidates.quorumEnabled(group.drbd()) && !tiebreaker) {
            found.add(Diagnostic.warning(at + "/placement", "two diskful replicas with quorum and no tiebreaker: losing either"
                    + " node loses quorum").withHint("set placement.disklessTiebreaker: true, or use 3 replicas"));
        }
        if (tiebreaker && group.replicas() == 2 && Candidates.diskless(cluster, group).size() < 3) {
            found.add(Diagnostic.warning(at + "/placement/disklessTiebreaker", "a tiebreaker needs a third node, and there is none"));
        }
    }

    private static boolean hasResourcesWithoutNodes(DesiredCluster cluster, ResourceGroup group) {
        return cluster.resources().values().stream().anyMatch(r -> r.group().equals(group.name()) && r.explicitNodes().isEmpty());
    }

    /** Walks the list as written, so that a diagnostic points at the entry the user typed. */
    private static void checkNodeReferences(DesiredCluster cluster, JsonNode document, String at, List<Diagnostic> found) {
        JsonNode names = document.at(at);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).asString();
            if (cluster.node(name).isEmpty()) found.add(PoolChecks.unknownNode(cluster, at + "/" + i, name));
        }
    }

    static String names(List<Node> nodes) {
        return nodes.isEmpty() ? "none" : nodes.stream().map(Node::name).collect(Collectors.joining(", "));
    }
}
