package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.Resource;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.observed.ConfiguredDefinition;
import dev.berth.observed.ConfiguredHost;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is live of each resource the stack names. A host's own definition decides whether it
 * holds a replica; a host that could not be asked (unreachable, or DRBD configuration unreadable)
 * is known from its peers' definitions, which list every host, and its replica is kept as
 * "existing, host unreachable". Only Berth's definitions count (its file header), and hand-written
 * ones in /etc/drbd.d under {@code ownership.adopt} when their volumes match the stack's; the
 * rest is foreign, LINSTOR's always.
 */
public record ExistingReplicas(SortedMap<String, ExistingResource> resources) {
    public ExistingReplicas {
        resources = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    public ExistingResource of(String resource) {
        return resources.getOrDefault(resource, ExistingResource.none(resource));
    }

    public static ExistingReplicas read(DesiredCluster desired, ObservedCluster observed) {
        Map<String, String> nodeOfHostname = new TreeMap<>();
        desired.nodes().values().forEach(n -> nodeOfHostname.put(n.hostname(), n.name()));
        // Per node: its definitions, or empty when the host's DRBD state could not be read.
        Map<String, Optional<SortedMap<String, HostDefinitions.Found>>> byNode = new TreeMap<>();
        DefinitionFiles.Cache files = new DefinitionFiles.Cache();
        for (Node node : desired.nodes().values()) {
            Optional<ObservedHost> host = Optional.ofNullable(observed.hosts().get(node.name()));
            byNode.put(node.name(), host.flatMap(ObservedHost::reachable)
                    .flatMap(h -> HostDefinitions.read(h, desired.resources().keySet(), files)));
        }
        // By resource, the nodes that define it: most resources of a big plan are defined nowhere yet.
        Map<String, TreeMap<String, HostDefinitions.Found>> byResource = new TreeMap<>();
        byNode.forEach((node, found) -> found.ifPresent(all -> all.forEach((resource, definition) ->
                byResource.computeIfAbsent(resource, r -> new TreeMap<>()).put(node, definition))));
        TreeMap<String, ExistingResource> resources = new TreeMap<>();
        for (Resource resource : desired.resources().values()) {
            TreeMap<String, HostDefinitions.Found> defined = byResource.get(resource.name());
            resources.put(resource.name(), defined == null ? ExistingResource.none(resource.name())
                    : readOne(desired, observed, resource, defined, byNode, nodeOfHostname));
        }
        return new ExistingReplicas(resources);
    }

    private static ExistingResource readOne(DesiredCluster desired, ObservedCluster observed, Resource resource,
                                            Map<String, HostDefinitions.Found> defined,
                                            Map<String, Optional<SortedMap<String, HostDefinitions.Found>>> byNode,
                                            Map<String, String> nodeOfHostname) {
        TreeMap<String, ConfiguredDefinition> views = new TreeMap<>();
        TreeMap<String, Boolean> adopted = new TreeMap<>();
        List<ForeignDefinition> foreign = new ArrayList<>();
        defined.forEach((node, definition) -> {
            Optional<String> refusal = Ownership.refusal(desired, resource, definition, desired.nodes().get(node).hostname());
            if (refusal.isPresent()) {
                foreign.add(new ForeignDefinition(node, resource.name(), Ownership.foreignOwner(definition.owner()),
                        definition.where(), refusal.get()));
            } else {
                views.put(node, definition.definition().orElseThrow());
                adopted.put(node, definition.owner() != HostDefinitions.Owner.BERTH);
            }
        });
        TreeMap<String, ExistingReplica> replicas = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        TreeMap<String, Integer> listedOnly = new TreeMap<>();
        for (Node node : relevantNodes(desired, views, nodeOfHostname)) {
            boolean reachable = Optional.ofNullable(observed.hosts().get(node.name())).map(ObservedHost::isReachable).orElse(false);
            boolean blind = byNode.get(node.name()).isEmpty();
            ConfiguredDefinition own = views.get(node.name());
            if (own != null) {
                own.host(node.hostname()).ifPresent(h -> replicas.put(node.name(), ReplicaViews.replica(node.name(), own, h,
                        nodeOfHostname, reachable, true, adopted.get(node.name()))));
            }
            ExistingReplica fromPeers = null;
            for (Map.Entry<String, ConfiguredDefinition> view : views.entrySet()) {
                if (view.getKey().equals(node.name())) continue;
                Optional<ConfiguredHost> listed = view.getValue().host(node.hostname());
                if (listed.isEmpty()) continue;
                ExistingReplica seen = ReplicaViews.replica(node.name(), view.getValue(), listed.get(), nodeOfHostname,
                        reachable, false, adopted.get(view.getKey()));
                if (fromPeers == null) fromPeers = seen;
                ExistingReplica reference = replicas.getOrDefault(node.name(), fromPeers);
                String peer = view.getKey();
                ReplicaViews.disagreement(reference, seen).ifPresent(what -> notes.add(node.name() + ": " + peer
                        + "'s definition disagrees (" + what + "); " + (reference.seenOnHost() ? "the node's own" : "the first peer's") + " is used"));
            }
            if (blind && fromPeers != null) replicas.put(node.name(), fromPeers);
            if (!blind && own == null && fromPeers != null && foreign.stream().noneMatch(f -> f.node().equals(node.name()))) {
                listedOnly.put(node.name(), fromPeers.nodeId());
                notes.add(node.name() + ": listed by its peers' definitions but has none of its own; not counted as a replica,"
                        + " its node-id " + fromPeers.nodeId() + " stays reserved");
            }
        }
        return new ExistingResource(resource.name(), replicas, strangers(views, nodeOfHostname), listedOnly, foreign, notes,
                recordedPeerSlots(observed, defined));
    }

    /** The peer slots this resource's Berth files record for its metadata; the fewest, should they disagree. */
    private static OptionalInt recordedPeerSlots(ObservedCluster observed, Map<String, HostDefinitions.Found> defined) {
        OptionalInt fewest = OptionalInt.empty();
        for (Map.Entry<String, HostDefinitions.Found> definition : defined.entrySet()) {
            if (definition.getValue().owner() != HostDefinitions.Owner.BERTH) continue;
            OptionalInt slots = Optional.ofNullable(observed.hosts().get(definition.getKey())).flatMap(ObservedHost::reachable)
                    .flatMap(host -> host.inventory().files().resourceFiles().value()).orElse(List.of()).stream()
                    .filter(file -> file.path().equals(definition.getValue().where())).findFirst()
                    .map(file -> ResourceFileWriter.peerSlots(file.content())).orElse(OptionalInt.empty());
            if (slots.isPresent() && (fewest.isEmpty() || slots.getAsInt() < fewest.getAsInt())) fewest = slots;
        }
        return fewest;
    }

    /** The nodes that define the resource or that a definition lists, in name order: no other node can hold a replica. */
    private static List<Node> relevantNodes(DesiredCluster desired, Map<String, ConfiguredDefinition> views,
                                            Map<String, String> nodeOfHostname) {
        TreeSet<String> names = new TreeSet<>(views.keySet());
        views.values().forEach(view -> view.hosts().forEach(h -> {
            String node = nodeOfHostname.get(h.hostname());
            if (node != null) names.add(node);
        }));
        return names.stream().map(desired.nodes()::get).toList();
    }

    /** Hosts in the definitions that the stack does not name, with their node-ids (first view by node name). */
    private static TreeMap<String, Integer> strangers(Map<String, ConfiguredDefinition> views, Map<String, String> nodeOfHostname) {
        TreeMap<String, Integer> strangers = new TreeMap<>();
        views.values().forEach(view -> view.hosts().stream().filter(h -> !nodeOfHostname.containsKey(h.hostname()))
                .forEach(h -> strangers.putIfAbsent(h.hostname(), h.nodeId())));
        return strangers;
    }
}
