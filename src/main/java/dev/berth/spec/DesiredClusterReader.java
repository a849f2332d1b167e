package dev.berth.spec;

import dev.berth.desired.Backend;
import dev.berth.desired.Connection;
import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Device;
import dev.berth.desired.DriftIgnore;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Ownership;
import dev.berth.desired.PortRange;
import dev.berth.desired.ReplicaChoice;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.desired.Transport;
import dev.berth.desired.Volume;
import dev.berth.model.Size;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the desired model from a document that passed the schema, filling in the defaults the
 * schema documents. Shapes are trusted here; meaning is checked afterwards by {@link SemanticChecks}.
 */
final class DesiredClusterReader {
    private DesiredClusterReader() {}

    static DesiredCluster read(JsonNode root) {
        TreeMap<String, Node> nodes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("nodes").properties()) nodes.put(e.getKey(), node(e.getKey(), e.getValue()));
        TreeMap<String, StoragePool> pools = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("storagePools").properties()) pools.put(e.getKey(), pool(e.getKey(), e.getValue(), nodes));
        TreeMap<String, ResourceGroup> groups = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("resourceGroups").properties()) groups.put(e.getKey(), group(e.getKey(), e.getValue()));
        TreeMap<String, Resource> resources = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("resources").properties()) resources.put(e.getKey(), resource(e.getKey(), e.getValue()));
        List<DriftIgnore> ignores = new ArrayList<>();
        for (JsonNode i : root.path("driftIgnore")) {
            ignores.add(new DriftIgnore(i.path("address").asString(), strings(i.path("fields")), i.path("reason").asString()));
        }
        JsonNode ownership = root.path("ownership");
        return new DesiredCluster(root.path("name").asString(), connection(root.path("connection")), nodes, pools, groups,
                resources, ignores, new Ownership(ownership.path("adopt").asBoolean(false), ownership.path("prune").asBoolean(false)));
    }

    private static Connection connection(JsonNode c) {
        Transport transport = Transport.valueOf(c.path("transport").asString("ssh").toUpperCase(Locale.ROOT));
        return new Connection(transport, text(c, "user"), c.has("port") ? Optional.of(c.get("port").asInt()) : Optional.empty(),
                text(c, "identityFile"), text(c, "knownHosts"), c.path("acceptNewHostKeys").asBoolean(false),
                c.path("sudo").asBoolean(false),
                text(c, "connectTimeout").map(DesiredClusterReader::duration).orElse(Connection.DEFAULT_CONNECT_TIMEOUT),
                text(c, "commandTimeout").map(DesiredClusterReader::duration).orElse(Connection.DEFAULT_COMMAND_TIMEOUT),
                c.path("parallelism").asInt(Connection.DEFAULT_PARALLELISM));
    }

    private static Node node(String name, JsonNode n) {
        String address = n.path("address").asString();
        TreeMap<String, String> labels = new TreeMap<>();
        for (Map.Entry<String, JsonNode> l : n.path("labels").properties()) labels.put(l.getKey(), l.getValue().asString());
        JsonNode ports = n.path("ports");
        PortRange range = ports.isObject() ? new PortRange(ports.path("from").asInt(), Math.max(ports.path("from").asInt(), ports.path("to").asInt()))
                : PortRange.LINSTOR_DEFAULT;
        return new Node(name, address, text(n, "hostname").orElse(name), text(n, "replicationAddress").orElse(address),
                labels, NodeState.valueOf(n.path("state").asString("active").toUpperCase(Locale.ROOT)),
                n.path("diskless").asBoolean(false), range);
    }

    private static StoragePool pool(String name, JsonNode p, Map<String, Node> nodes) {
        Backend backend = Backend.of(p.path("backend").asString()).orElseThrow();
        TreeMap<String, List<Device>> devices = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : p.path("devices").properties()) {
            List<Device> list = new ArrayList<>();
            for (JsonNode d : e.getValue()) {
                list.add(d.isString() ? new Device(d.asString(), false) : new Device(d.path("path").asString(), d.path("wipe").asBoolean(false)));
            }
            devices.put(e.getKey(), list);
        }
        TreeSet<String> on = new TreeSet<>(strings(p.path("nodes")));
        if (on.isEmpty()) on.addAll(devices.keySet());
        if (on.isEmpty()) nodes.values().stream().filter(n -> !n.diskless()).forEach(n -> on.add(n.name()));
        String container = backend.isZfs() ? p.path("zpool").asString() : p.path("volumeGroup").asString();
        Optional<String> thinPool = backend == Backend.LVM_THIN ? text(p, "thinPool") : Optional.empty();
        return new StoragePool(name, backend, container, thinPool, on, devices);
    }

    private static ResourceGroup group(String name, JsonNode g) {
        return new ResourceGroup(name, g.path("pool").asString(), g.path("replicas").asInt(ResourceGroup.DEFAULT_REPLICAS),
                PlacementReader.read(g.path("placement")), g.path("maxPeers").asInt(ResourceGroup.DEFAULT_MAX_PEERS),
                DrbdSettingsReader.read(g.path("drbd")));
    }

    private static Resource resource(String name, JsonNode r) {
        List<Volume> volumes = new ArrayList<>();
        for (JsonNode v : r.path("volumes")) volumes.add(new Volume(volumes.size(), size(v.path("size"))));
        Optional<List<ReplicaChoice>> explicit = Optional.empty();
        JsonNode nodes = r.path("nodes");
        if (nodes.isArray()) {
            List<ReplicaChoice> list = new ArrayList<>();
            for (JsonNode n : nodes) list.add(new ReplicaChoice(n.asString(), false));
            explicit = Optional.of(list);
        } else if (nodes.isObject()) {
            List<ReplicaChoice> list = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : nodes.properties()) list.add(new ReplicaChoice(e.getKey(), e.getValue().path("diskless").asBoolean(false)));
            explicit = Optional.of(list);
        }
        return new Resource(name, r.path("group").asString(), volumes, explicit, DrbdSettingsReader.read(r.path("drbd")),
                r.path("lifecycle").path("preventDestroy").asBoolean(false));
    }

    /** Sizes passed the schema's pattern; a number too large for 63 bits is caught by the semantic checks as 0. */
    static Size size(JsonNode value) {
        if (value.isNumber()) return value.canConvertToLong() ? Size.ofBytes(value.asLong()) : Size.ofBytes(0);
        return Size.parse(value.asString()).orElse(Size.ofBytes(0));
    }

    static Duration duration(String text) {
        long number = Long.parseLong(text.replaceAll("[a-z]", ""));
        if (text.endsWith("ms")) return Duration.ofMillis(number);
        if (text.endsWith("s")) return Duration.ofSeconds(number);
        if (text.endsWith("m")) return Duration.ofMinutes(number);
        return Duration.ofHours(number);
    }

    static Optional<String> text(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) out.add(item.asString());
        return out;
    }
}
