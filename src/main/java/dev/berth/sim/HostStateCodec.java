package dev.berth.sim;

import dev.berth.model.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <node>/.sim/state.json}: a host's state as versioned JSON. Field names are written out
 * by hand (not derived from Java names) so that renaming a field in the code cannot silently
 * change the file format; a file of an unknown {@code format_version} is refused, never guessed.
 */
final class HostStateCodec {
    static final int FORMAT_VERSION = 1;

    private HostStateCodec() {}

    static String encode(HostState state) {
        ObjectNode root = SimJson.object();
        root.put("format_version", FORMAT_VERSION);
        root.put("node", state.node);
        root.put("hostname", state.hostname);
        root.put("address", state.address);
        root.put("down", state.down);
        root.put("device_mapper", state.deviceMapper);
        root.put("uuid_counter", state.uuidCounter);
        ObjectNode versions = root.putObject("versions");
        versions.put("kernel_release", state.versions.kernelRelease());
        versions.put("kernel_version", state.versions.kernelVersion());
        versions.put("lvm", state.versions.lvm());
        versions.put("lvm_library", state.versions.lvmLibrary());
        versions.put("lvm_driver", state.versions.lvmDriver());
        state.versions.zfs().ifPresent(zfs -> versions.put("zfs", zfs));
        versions.put("drbd_utils", state.versions.drbdUtils());
        state.versions.drbdKernel().ifPresent(kernel -> versions.put("drbd_kernel", kernel));
        ArrayNode disks = root.putArray("disks");
        for (LabDevice disk : state.disks) disks.add(encodeDisk(disk));
        ArrayNode faults = root.putArray("faults");
        for (HostState.PlantedFault planted : state.faults) {
            ObjectNode fault = faults.addObject();
            fault.put("glob", planted.fault().glob());
            fault.put("times", planted.fault().times());
            fault.put("after", planted.fault().after());
            fault.put("mode", planted.fault().mode().name());
            fault.put("matched", planted.matched());
        }
        ObjectNode extensions = root.putObject("extensions");
        state.extensions.forEach(extensions::set);
        return SimJson.write(root);
    }

    static HostState decode(String text, String where) {
        JsonNode root;
        try {
            root = SimJson.read(text);
        } catch (RuntimeException broken) {
            throw new LabException(where + " is not valid JSON: " + broken.getMessage(), broken);
        }
        long version = SimJson.number(root, "format_version", where);
        if (version != FORMAT_VERSION) {
            throw new LabException(where + " has format_version " + version + ", but this Berth reads version " + FORMAT_VERSION
                    + "; use the Berth that created the lab, or create the lab again");
        }
        HostState state = new HostState();
        state.node = SimJson.text(root, "node", where);
        state.hostname = SimJson.text(root, "hostname", where);
        state.address = SimJson.text(root, "address", where);
        state.down = root.path("down").asBoolean(false);
        state.deviceMapper = root.path("device_mapper").asBoolean(true);
        state.uuidCounter = root.path("uuid_counter").asLong(0);
        JsonNode versions = root.path("versions");
        state.versions = new ToolVersions(SimJson.text(versions, "kernel_release", where), SimJson.text(versions, "kernel_version", where),
                SimJson.text(versions, "lvm", where),
                SimJson.text(versions, "lvm_library", where), SimJson.text(versions, "lvm_driver", where),
                versions.has("zfs") ? Optional.of(versions.get("zfs").asString()) : Optional.empty(),
                SimJson.text(versions, "drbd_utils", where),
                versions.has("drbd_kernel") ? Optional.of(versions.get("drbd_kernel").asString()) : Optional.empty());
        for (JsonNode disk : root.path("disks")) state.disks.add(decodeDisk(disk, where));
        for (JsonNode fault : root.path("faults")) {
            Fault planted = new Fault(SimJson.text(fault, "glob", where), (int) SimJson.number(fault, "times", where),
                    (int) SimJson.number(fault, "after", where), Fault.Mode.valueOf(SimJson.text(fault, "mode", where)));
            state.faults.add(new HostState.PlantedFault(planted, (int) SimJson.number(fault, "matched", where)));
        }
        for (Map.Entry<String, JsonNode> extension : root.path("extensions").properties()) {
            state.extensions.put(extension.getKey(), extension.getValue());
        }
        return state;
    }

    private static ObjectNode encodeDisk(LabDevice disk) {
        ObjectNode node = SimJson.object();
        node.put("path", disk.path());
        node.put("size", disk.size().bytes());
        node.put("rejected_by_lvm_filter", disk.rejectedByLvmFilter());
        ArrayNode signatures = node.putArray("signatures");
        for (Signature signature : disk.signatures()) {
            ObjectNode encoded = signatures.addObject();
            encoded.put("type", signature.type());
            encoded.put("usage", signature.usage());
            encoded.put("offset", signature.offset());
            encoded.put("magic", signature.magic());
            ObjectNode tags = encoded.putObject("tags");
            signature.tags().forEach(tags::put);
        }
        return node;
    }

    private static LabDevice decodeDisk(JsonNode node, String where) {
        List<Signature> signatures = new ArrayList<>();
        for (JsonNode encoded : node.path("signatures")) {
            Map<String, String> tags = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> tag : encoded.path("tags").properties()) tags.put(tag.getKey(), tag.getValue().asString());
            signatures.add(new Signature(SimJson.text(encoded, "type", where), SimJson.text(encoded, "usage", where),
                    SimJson.number(encoded, "offset", where), SimJson.text(encoded, "magic", where), tags));
        }
        return new LabDevice(SimJson.text(node, "path", where), Size.ofBytes(SimJson.number(node, "size", where)), signatures,
                node.path("rejected_by_lvm_filter").asBoolean(false));
    }
}
