package dev.berth.spec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code schemas/drbd-options.schema.json} from the verbatim {@code drbdsetup xml-help}
 * outputs kept under {@code src/test/resources/fixtures/drbdsetup/}.
 *
 * <p>xml-help gives each option's name, type, range, default and unit. It gives no prose, no
 * defaults for enum ("handler") options and no length limits for strings, so those few facts
 * live in the tables below, each with its source. Every option in the fixtures must have a
 * description here, and every description must belong to an option: a newer drbd-utils that adds
 * or drops options makes the generator fail until this file says what the change means.
 *
 * <p>Regenerate: {@code mvn -q test -Dtest=DrbdOptionsSchemaTest -Dberth.regenerate=true}, or run
 * {@link #main} with the project folder as its argument.
 */
public final class DrbdOptionsSchemaGenerator {

    public static final String SCHEMA_ID = "https://berth.dev/schemas/drbd-options.schema.json";
    public static final String SCHEMA_FILE = "schemas/drbd-options.schema.json";
    public static final String FIXTURE_DIR = "src/test/resources/fixtures/drbdsetup";

    /** The drbdsetup commands whose xml-help is the source, in the order they are read. */
    public static final List<String> SECTIONS =
            List.of("resource-options", "net-options", "disk-options", "peer-device-options");

    /** Schema $def name → the drbdsetup sections it is made of. */
    private static final Map<String, List<String>> DEFS = orderedMap(
            "resourceOptions", List.of("resource-options"),
            "netOptions", List.of("net-options"),
            // drbd.conf accepts the peer-device options inside disk {} (drbd-utils config_flags.c)
            "diskOptions", List.of("disk-options", "peer-device-options"));

    private static final Map<String, String> DEF_DESCRIPTIONS = orderedMap(
            "resourceOptions", "DRBD resource options: the options {} section of a resource (drbdsetup resource-options).",
            "netOptions", "DRBD network options: the net {} section (drbdsetup net-options). The shared secret is not"
                    + " accepted here; give it with sharedSecretFrom.",
            "diskOptions", "DRBD disk options: the disk {} section, which takes both drbdsetup disk-options and"
                    + " peer-device-options (resync-rate, c-plan-ahead, c-max-rate, ...).");

    /**
     * Options left out on purpose. {@code shared-secret}: Berth reads the secret from
     * sharedSecretFrom, never from the spec. Options of type "flag" ({@code set-defaults}) are
     * command switches of drbdsetup, not settings, and names starting with "_" are internal
     * ({@code _name}); both are dropped by rule in {@link #keep}.
     */
    private static final Set<String> EXCLUDED = Set.of("shared-secret");

    /** Options whose drbd.conf form differs from the drbdsetup form xml-help describes. */
    private static final Set<String> RESOURCE_FILE_FORM = Set.of("resync-after");

    /**
     * Defaults of the enum ("handler") options, which xml-help does not print. Source: DRBD's
     * linux/drbd_limits.h (DRBD_*_DEF) and, for on-suspended-primary-outdated, drbd.conf(5).
     */
    private static final Map<String, String> HANDLER_DEFAULTS = Map.ofEntries(
            Map.entry("protocol", "C"),
            Map.entry("on-io-error", "detach"),
            Map.entry("fencing", "dont-care"),
            Map.entry("after-sb-0pri", "disconnect"),
            Map.entry("after-sb-1pri", "disconnect"),
            Map.entry("after-sb-2pri", "disconnect"),
            Map.entry("rr-conflict", "disconnect"),
            Map.entry("on-no-data-accessible", "io-error"),
            Map.entry("on-congestion", "block"),
            Map.entry("read-balancing", "prefer-local"),
            Map.entry("on-no-quorum", "suspend-io"),
            Map.entry("on-suspended-primary-outdated", "disconnect"));

    /**
     * String options: maximum length and what "unset" means. drbd-utils config_flags.c
     * (STRING_MAX_LEN) rejects strlen >= SHARED_SECRET_MAX (64) or DRBD_CPU_MASK_SIZE (32).
     */
    private static final Map<String, Integer> STRING_MAX_LENGTH = Map.of(
            "cram-hmac-alg", 63,
            "data-integrity-alg", 63,
            "csums-alg", 63,
            "verify-alg", 63,
            "cpu-mask", 31);

    private static final Map<String, String> STRING_PATTERN = Map.of(
            // a hexadecimal mask, optionally in comma-separated 32-bit groups (kernel bitmap_parse)
            "cpu-mask", "^[0-9A-Fa-f]+(,[0-9A-Fa-f]+)*$");

    /** What an unset string option means, written after "DRBD default: ". */
    private static final Map<String, String> STRING_DEFAULT_TEXT = Map.of(
            "cram-hmac-alg", "none (no peer authentication)",
            "data-integrity-alg", "none (no end-to-end checksums)",
            "csums-alg", "none (resync sends every out-of-sync block)",
            "verify-alg", "none (online verify is unavailable)",
            "cpu-mask", "none (the scheduler places DRBD's threads)");

    /** Suffixes DRBD's number parser (drbd-utils shared_tool.c new_strtoll) accepts. */
    static final String SIZE_PATTERN = "^[0-9]+[KkMmGgs]?$";

    /** One sentence per option: what it does. Units and defaults are added from xml-help. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            // resource-options
            Map.entry("cpu-mask", "CPU affinity of the resource's DRBD kernel threads, as a hexadecimal mask;"
                    + " CPUs that do not exist are ignored."),
            Map.entry("on-no-data-accessible", "What happens to I/O when no reachable node has the requested data:"
                    + " fail it (io-error) or freeze it (suspend-io); keep it equal to on-no-quorum when quorum is on."),
            Map.entry("auto-promote", "Promote the resource to primary when a device is opened for writing, and demote"
                    + " it when the last opener closes it."),
            Map.entry("peer-ack-window", "How much written data a primary sends before it sends a peer-ack packet, which"
                    + " lets the nodes clear bits in the bitmaps they keep for each other."),
            Map.entry("peer-ack-delay", "How long after the last finished write a primary waits before it sends a"
                    + " peer-ack packet anyway."),
            Map.entry("twopc-timeout", "How long a cluster-wide state change (two-phase commit) may wait for the answers"
                    + " of all nodes before it is aborted."),
            Map.entry("twopc-retry-timeout", "Base of the random back-off before a cluster-wide state change that collided"
                    + " with another one is retried."),
            Map.entry("auto-promote-timeout", "How long an open() that triggers auto-promote keeps trying to promote before"
                    + " it fails."),
            Map.entry("max-io-depth", "Maximum number of application I/O requests the resource keeps in flight on this"
                    + " node; further requests wait."),
            Map.entry("quorum", "How many nodes a partition needs to have quorum; a number should be more than half"
                    + " of the nodes."),
            Map.entry("on-no-quorum", "What happens to I/O on a node that loses quorum: fail it (io-error) or freeze it"
                    + " (suspend-io)."),
            Map.entry("quorum-minimum-redundancy", "How many nodes with an UpToDate disk a partition needs, on top of"
                    + " quorum, to gain quorum."),
            Map.entry("on-suspended-primary-outdated", "What a primary frozen for lack of quorum does when it learns that"
                    + " another partition promoted a newer data generation: disconnect and stay isolated, or"
                    + " force-secondary and fail its pending I/O."),
            // net-options
            Map.entry("protocol", "Replication protocol: A (a write completes when it reached the local disk and the"
                    + " send buffer), B (when it reached the peer's memory) or C (when it reached the peer's disk)."),
            Map.entry("timeout", "How long DRBD waits for an answer from the peer before it considers the connection"
                    + " dead."),
            Map.entry("max-epoch-size", "Maximum number of write requests between two write barriers."),
            Map.entry("connect-int", "How long DRBD waits between attempts to connect to the peer."),
            Map.entry("ping-int", "Idle time after which DRBD sends a keep-alive packet to the peer."),
            Map.entry("sndbuf-size", "Size of the TCP send buffer; 0 lets the kernel adjust it dynamically."),
            Map.entry("rcvbuf-size", "Size of the TCP receive buffer; 0 lets the kernel adjust it dynamically."),
            Map.entry("ko-count", "How many times the peer may miss the timeout on a single write request before it is"
                    + " expelled from the cluster; 0 disables this."),
            Map.entry("allow-two-primaries", "Allow both ends of the connection to be primary at once; only for cluster"
                    + " file systems and live migration."),
            Map.entry("cram-hmac-alg", "HMAC algorithm (a kernel crypto name such as sha256) with which the peers"
                    + " authenticate each other using the shared secret."),
            Map.entry("after-sb-0pri", "Automatic split-brain recovery when split brain is detected and neither node"
                    + " is primary."),
            Map.entry("after-sb-1pri", "Automatic split-brain recovery when split brain is detected and one node is"
                    + " primary."),
            Map.entry("after-sb-2pri", "Automatic split-brain recovery when split brain is detected and both nodes are"
                    + " primary."),
            Map.entry("always-asbp", "Apply the after-sb-* policies whenever the data sets are related, even when the"
                    + " generation identifiers suggest a third node was involved."),
            Map.entry("rr-conflict", "What to do when the resync decision does not match the current roles, e.g. when"
                    + " a primary would become the resync target."),
            Map.entry("ping-timeout", "How long DRBD waits for the answer to a keep-alive packet before it considers the"
                    + " peer dead."),
            Map.entry("data-integrity-alg", "Kernel crypto hash (e.g. crc32c) used to checksum every replicated block"
                    + " end to end; meant for diagnosing faulty hardware, costs CPU."),
            Map.entry("tcp-cork", "Hint the network stack when it may send a packet (TCP_CORK) to batch small"
                    + " packets."),
            Map.entry("on-congestion", "What a protocol A primary does when the send queue congests: block, pull-ahead"
                    + " (go Ahead/Behind and resync later) or disconnect."),
            Map.entry("congestion-fill", "Amount of data in flight on this connection at which it counts as congested;"
                    + " 0 disables this trigger."),
            Map.entry("congestion-extents", "Number of active activity-log extents at which the connection counts as"
                    + " congested."),
            Map.entry("csums-alg", "Kernel crypto hash with which a resync compares blocks first and sends only the"
                    + " ones that differ."),
            Map.entry("csums-after-crash-only", "Use csums-alg only for the resync after a primary crashed, and send"
                    + " all out-of-sync blocks in other resyncs."),
            Map.entry("verify-alg", "Kernel crypto hash that online verification (drbdadm verify) uses to compare the"
                    + " peers' blocks."),
            Map.entry("use-rle", "Compress the bitmap exchanged at connect time with run-length encoding."),
            Map.entry("socket-check-timeout", "How long DRBD waits for a newly established TCP connection to prove"
                    + " stable, in tenths of a second (drbd.conf(5)); 0 uses ping-timeout."),
            Map.entry("fencing", "What DRBD does when it loses the connection to a peer while primary: dont-care,"
                    + " resource-only (call the fence-peer handler) or resource-and-stonith (also freeze I/O until the"
                    + " handler answers)."),
            Map.entry("max-buffers", "Maximum number of pages (PAGE_SIZE, usually 4 KiB) DRBD uses per device to receive"
                    + " data, resync and verify from this peer."),
            Map.entry("allow-remote-read", "Allow this node to read from the peer, e.g. when its own disk is detached or"
                    + " for read-balancing."),
            // disk-options
            Map.entry("on-io-error", "What DRBD does when the backing device reports an I/O error: pass_on (report it"
                    + " to the upper layer), call-local-io-error (run that handler) or detach (continue diskless)."),
            Map.entry("disk-barrier", "Allow write ordering by disk barriers, a method current kernels no longer"
                    + " support."),
            Map.entry("disk-flushes", "Allow write ordering by flushing the backing device's volatile write cache;"
                    + " turn off only with a battery-backed cache."),
            Map.entry("disk-drain", "Allow write ordering by draining the request queue before dependent writes."),
            Map.entry("md-flushes", "Flush the backing device's write cache after meta-data writes; turn off only with"
                    + " a battery-backed cache."),
            Map.entry("resync-after", "Resource (\"name\" or \"name/volume\") whose resync must finish before this"
                    + " device resyncs; drbdadm replaces it with that device's minor number."),
            Map.entry("al-extents", "Number of activity-log extents (4 MiB each) that may be hot at once: more means"
                    + " fewer meta-data writes, but a longer resync after a primary crash."),
            Map.entry("al-updates", "Keep the on-disk activity log up to date; with no, the resync after a primary crash"
                    + " is a full resync."),
            Map.entry("discard-zeroes-if-aligned", "Treat discards the backing device receives as zeroing when they are"
                    + " aligned, and zero-out unaligned parts explicitly."),
            Map.entry("disable-write-same", "Never pass WRITE SAME requests to the backing device, for devices that"
                    + " claim to support them but fail them."),
            Map.entry("disk-timeout", "How long a request to the backing device may take before DRBD considers the disk"
                    + " failed and detaches it; 0 disables this."),
            Map.entry("read-balancing", "How a primary spreads reads between its local disk and its peers."),
            Map.entry("rs-discard-granularity", "Request size of resync; a resync block that is all zeros on the source"
                    + " is discarded on the target instead of written; 0 disables this."),
            // peer-device-options (accepted inside disk {})
            Map.entry("resync-rate", "Resync bandwidth when the dynamic resync controller is off (c-plan-ahead 0);"
                    + " otherwise only the starting rate."),
            Map.entry("c-plan-ahead", "How far ahead the dynamic resync-speed controller plans, at least five times the"
                    + " network round-trip time; 0 turns the controller off."),
            Map.entry("c-delay-target", "Delay in the resync path that the dynamic controller aims for when c-fill-target"
                    + " is 0."),
            Map.entry("c-fill-target", "Amount of resync data the dynamic controller aims to keep in flight."),
            Map.entry("c-max-rate", "Upper limit of the bandwidth the dynamic resync controller may use; 0 removes the"
                    + " limit (DRBD 9.0.28 and later)."),
            Map.entry("c-min-rate", "Bandwidth left to resync while application I/O competes on a primary sync source;"
                    + " 0 means resync is not throttled in favour of application I/O."),
            Map.entry("bitmap", "Keep a bitmap slot for this peer; with no, DRBD tracks no changes for it and every"
                    + " resync to it is a full one."));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DrbdOptionsSchemaGenerator() {
    }

    /** Regenerates the schema file. Argument: the project folder (default: the working directory). */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        Path out = project.resolve(SCHEMA_FILE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, generate(readFixtures(project)), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The four fixture files, by section name. */
    public static Map<String, String> readFixtures(Path project) throws IOException {
        Map<String, String> xml = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            xml.put(section, Files.readString(fixture(project, section), StandardCharsets.UTF_8));
        }
        return xml;
    }

    public static Path fixture(Path project, String section) {
        return project.resolve(FIXTURE_DIR).resolve("xml-help-" + section + ".xml");
    }

    /** The schema text: 2-space indent, fixed key order, ending in a newline. */
    public static String generate(Map<String, String> xmlBySection) {
        Map<String, List<Option>> bySection = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        for (String section : SECTIONS) {
            String xml = xmlBySection.get(section);
            if (xml == null) {
                throw new IllegalArgumentException("missing xml-help for " + section);
            }
            List<Option> options = parse(section, xml);
            for (Option o : options) {
                if (keep(o)) {
                    seen.add(o.name);
                }
            }
            bySection.put(section, options);
        }
        Set<String> unused = new TreeSet<>(DESCRIPTIONS.keySet());
        unused.removeAll(seen);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("descriptions for options xml-help no longer lists: " + unused);
        }

        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", SCHEMA_ID);
        root.put("title", "DRBD options in a Berth stack");
        root.put("description", "The DRBD options a stack may set, verbatim as in drbd.conf, and where the shared"
                + " secret comes from. Generated from `drbdsetup xml-help` (drbd-utils) by"
                + " src/test/java/dev/berth/spec/DrbdOptionsSchemaGenerator.java; do not edit by hand.");
        root.put("$ref", "#/$defs/drbdSection");
        ObjectNode defs = root.putObject("$defs");
        defs.set("drbdSection", drbdSection());
        for (Map.Entry<String, List<String>> def : DEFS.entrySet()) {
            TreeMap<String, ObjectNode> properties = new TreeMap<>();
            for (String section : def.getValue()) {
                for (Option o : bySection.get(section)) {
                    if (!keep(o)) {
                        continue;
                    }
                    if (properties.put(o.name, property(o)) != null) {
                        throw new IllegalStateException(o.name + " appears twice in " + def.getKey());
                    }
                }
            }
            ObjectNode d = defs.putObject(def.getKey());
            d.put("description", DEF_DESCRIPTIONS.get(def.getKey()));
            d.put("type", "object");
            d.put("additionalProperties", false);
            ObjectNode props = d.putObject("properties");
            properties.forEach(props::set);
        }
        StringBuilder out = new StringBuilder();
        write(root, 0, out);
        return out.append('\n').toString();
    }

    /** Whether an option belongs in a resource file written by Berth. */
    static boolean keep(Option o) {
        return !o.type.equals("flag") && !o.name.startsWith("_") && !EXCLUDED.contains(o.name);
    }

    private static ObjectNode drbdSection() {
        ObjectNode s = NODES.objectNode();
        s.put("description", "DRBD settings of a resource group or resource: DRBD's own options, verbatim, by"
                + " drbd.conf section, and the source of the connection's shared secret.");
        s.put("type", "object");
        s.put("additionalProperties", false);
        ObjectNode p = s.putObject("properties");
        p.set("options", ref("#/$defs/resourceOptions", "The options {} section (resource options)."));
        p.set("net", ref("#/$defs/netOptions", "The net {} section (network options)."));
        p.set("disk", ref("#/$defs/diskOptions", "The disk {} section (disk and peer-device options)."));

        ObjectNode secret = p.putObject("sharedSecretFrom");
        secret.put("description", "Where Berth reads the DRBD shared secret (net { shared-secret }) at plan and apply"
                + " time; the secret itself never appears in the spec, a plan or a journal.");
        // one object with exactly one key, rather than oneOf: a person who writes both gets "only one of"
        secret.put("type", "object");
        secret.put("additionalProperties", false);
        secret.put("minProperties", 1);
        secret.put("maxProperties", 1);
        ObjectNode sources = secret.putObject("properties");
        ObjectNode envName = sources.putObject("env");
        envName.put("description", "Name of the environment variable of the Berth process that holds the secret.");
        envName.put("type", "string");
        envName.put("pattern", "^[A-Za-z_][A-Za-z0-9_]*$");
        envName.put("maxLength", 255);
        ObjectNode path = sources.putObject("file");
        path.put("description", "Absolute path of the file, on the machine that runs Berth, that holds the secret.");
        path.put("type", "string");
        path.put("pattern", "^/");
        path.put("maxLength", 4096);
        return s;
    }

    private static ObjectNode ref(String target, String description) {
        ObjectNode r = NODES.objectNode();
        r.put("description", description);
        r.put("$ref", target);
        return r;
    }

    private static ObjectNode property(Option o) {
        String sentence = DESCRIPTIONS.get(o.name);
        if (sentence == null) {
            throw new IllegalStateException("no description for DRBD option " + o.name + " (" + o.section
                    + "): add one to DrbdOptionsSchemaGenerator.DESCRIPTIONS");
        }
        ObjectNode p = NODES.objectNode();
        if (RESOURCE_FILE_FORM.contains(o.name)) {
            // drbd.conf names the resource; drbdsetup (what xml-help describes) takes its minor.
            p.put("description", sentence + " DRBD default: none (no dependency).");
            p.put("type", "string");
            p.put("pattern", "^[A-Za-z0-9_][A-Za-z0-9_.+-]*(/[0-9]+)?$");
            p.put("maxLength", 255);
            return p;
        }
        switch (o.type) {
            case "boolean" -> {
                p.put("description", sentence + " Accepts true/false or \"yes\"/\"no\". DRBD default: "
                        + o.required("default") + ".");
                ArrayNode type = p.putArray("type");
                type.add("boolean").add("string");
                p.putArray("enum").add(true).add(false).add("yes").add("no");
                p.put("default", o.required("default"));
            }
            case "numeric" -> numeric(o, sentence, p);
            case "handler" -> {
                String def = HANDLER_DEFAULTS.get(o.name);
                if (def == null || !o.handlers.contains(def)) {
                    throw new IllegalStateException("no valid default known for " + o.name + ": " + def
                            + " not in " + o.handlers);
                }
                p.put("description", sentence + " DRBD default: " + def + ".");
                p.put("type", "string");
                ArrayNode e = p.putArray("enum");
                o.handlers.forEach(e::add);
                p.put("default", def);
            }
            case "numeric-or-symbol" -> {
                long min = Long.parseLong(o.required("min"));
                long max = Long.parseLong(o.required("max"));
                String def = o.required("default");
                p.put("description", sentence + " Accepts " + String.join(", ", o.symbols) + " or an integer "
                        + min + ".." + max + ". DRBD default: " + def + ".");
                ArrayNode anyOf = p.putArray("anyOf");
                ObjectNode sym = anyOf.addObject();
                sym.put("type", "string");
                ArrayNode e = sym.putArray("enum");
                o.symbols.forEach(e::add);
                ObjectNode num = anyOf.addObject();
                num.put("type", "integer");
                num.put("minimum", min);
                num.put("maximum", max);
                p.set("default", o.symbols.contains(def) ? NODES.stringNode(def) : NODES.numberNode(Long.parseLong(def)));
            }
            case "string" -> {
                Integer maxLength = STRING_MAX_LENGTH.get(o.name);
                String unset = STRING_DEFAULT_TEXT.get(o.name);
                if (maxLength == null || unset == null) {
                    throw new IllegalStateException("no length limit or default text known for string option "
                            + o.name);
                }
                p.put("description", sentence + " DRBD default: " + unset + ".");
                p.put("type", "string");
                if (STRING_PATTERN.containsKey(o.name)) {
                    p.put("pattern", STRING_PATTERN.get(o.name));
                }
                p.put("minLength", 1);
                p.put("maxLength", maxLength);
            }
            default -> throw new IllegalStateException("unknown xml-help option type " + o.type + " of " + o.name);
        }
        return p;
    }

    private static void numeric(Option o, String sentence, ObjectNode p) {
        long min = Long.parseLong(o.required("min"));
        long max = Long.parseLong(o.required("max"));
        long def = Long.parseLong(o.required("default"));
        String prefix = o.required("unit_prefix");
        String unit = o.fields.get("unit");
        String shown = unitName(o.name, prefix, unit);
        boolean sized = unit != null && unit.startsWith("bytes");
        StringBuilder d = new StringBuilder(sentence);
        if (shown != null) {
            d.append(" Unit: ").append(shown).append('.');
        }
        d.append(" Range ").append(min).append("..").append(max).append('.');
        if (sized) {
            d.append(" Also accepts a string: digits, optionally followed by one of DRBD's suffixes K, M or G (KiB,"
                    + " MiB, GiB; either case) or s (512-byte sectors), e.g. \"100M\"; DRBD converts it to ")
                    .append(shown).append(prefix.equals("1") ? "" : ", rounding up,")
                    .append(" and the range applies to the result.");
        }
        d.append(" DRBD default: ").append(def).append('.');
        p.put("description", d.toString());
        if (sized) {
            ArrayNode anyOf = p.putArray("anyOf");
            ObjectNode integer = anyOf.addObject();
            integer.put("type", "integer");
            integer.put("minimum", min);
            integer.put("maximum", max);
            ObjectNode text = anyOf.addObject();
            text.put("type", "string");
            text.put("pattern", SIZE_PATTERN);
            text.put("maxLength", 20);
        } else {
            p.put("type", "integer");
            p.put("minimum", min);
            p.put("maximum", max);
        }
        p.put("default", def);
    }

    /** The unit a bare number is read in, from xml-help's unit_prefix (drbd-utils scale) and unit. */
    private static String unitName(String name, String prefix, String unit) {
        if (unit == null) {
            if (!prefix.equals("1")) {
                throw new IllegalStateException(name + ": unit prefix " + prefix + " without a unit");
            }
            return null;
        }
        return switch (prefix) {
            case "1" -> unit;
            case "k" -> switch (unit) {
                case "bytes" -> "KiB";
                case "bytes/second" -> "KiB/s";
                default -> throw new IllegalStateException(name + ": unit k" + unit);
            };
            case "s" -> switch (unit) {
                case "bytes" -> "512-byte sectors";
                default -> throw new IllegalStateException(name + ": unit s" + unit);
            };
            default -> throw new IllegalStateException(name + ": unknown unit prefix " + prefix);
        };
    }

    /** One {@code <option>} of xml-help. */
    record Option(String section, String name, String type, Map<String, String> fields, List<String> handlers,
            List<String> symbols) {
        String required(String field) {
            String v = fields.get(field);
            if (v == null) {
                throw new IllegalStateException("xml-help of " + section + " gives no <" + field + "> for " + name);
            }
            return v;
        }
    }

    static List<Option> parse(String section, String xml) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("xml-help of " + section + " is not XML: " + e.getMessage(), e);
        }
        Element command = doc.getDocumentElement();
        if (!command.getTagName().equals("command") || !section.equals(command.getAttribute("name"))) {
            throw new IllegalArgumentException("expected <command name=\"" + section + "\">, got <"
                    + command.getTagName() + " name=\"" + command.getAttribute("name") + "\">");
        }
        List<Option> options = new ArrayList<>();
        for (Element opt : children(command, "option")) {
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> handlers = new ArrayList<>();
            List<String> symbols = new ArrayList<>();
            for (Element child : children(opt, null)) {
                String text = child.getTextContent().strip();
                switch (child.getTagName()) {
                    case "handler" -> handlers.add(text);
                    case "symbol" -> symbols.add(text);
                    default -> {
                        if (fields.put(child.getTagName(), text) != null) {
                            throw new IllegalArgumentException(section + ": repeated <" + child.getTagName() + ">");
                        }
                    }
                }
            }
            options.add(new Option(section, opt.getAttribute("name"), opt.getAttribute("type"), fields,
                    List.copyOf(handlers), List.copyOf(symbols)));
        }
        return options;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Pretty JSON: objects one member a line, arrays of scalars on one line, 2-space indent. */
    private static void write(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                indent(depth + 1, out);
                out.append(NODES.stringNode(e.getKey()).toString()).append(": ");
                write(e.getValue(), depth + 1, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append('}');
        } else if (node.isArray()) {
            boolean flat = true;
            for (JsonNode item : node) {
                flat &= item.isValueNode();
            }
            if (flat) {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(node.get(i).toString());
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(depth + 1, out);
                write(node.get(i), depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return m;
    }
}
