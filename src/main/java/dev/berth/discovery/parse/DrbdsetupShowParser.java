package dev.berth.discovery.parse;

import dev.berth.model.Secret;
import dev.berth.observed.KernelConnection;
import dev.berth.observed.KernelResource;
import dev.berth.observed.KernelVolume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code drbdsetup show --json}: the configuration the kernel runs (drbd-facts §6, DU
 * drbdsetup.c {@code show_resource_list_json}), what {@code drbdadm adjust} diffs against.
 *
 * <p>Two shapes exist. Current drbd-utils: {@code backing-disk}, {@code meta-disk}, a
 * {@code disk} options object, {@code "disk": "none"} for a client, and {@code paths} as an
 * array of address objects. drbd-utils 9.6 printed the backing disk as a {@code "disk"} string
 * in the same object as the {@code "disk"} options (a duplicate key: the later object wins, so
 * the backing disk of that shape is lost) and {@code path} as an object of strings. Both are read.
 */
public final class DrbdsetupShowParser {
    static final String SHARED_SECRET = "shared-secret";

    private DrbdsetupShowParser() {}

    public static Parsed<List<KernelResource>> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        return JsonOutput.read(output, root -> {
            List<KernelResource> resources = new ArrayList<>();
            for (JsonValue resource : root.elements()) resources.add(resource(resource));
            resources.sort(Comparator.comparing(KernelResource::name));
            return resources;
        });
    }

    private static KernelResource resource(JsonValue resource) throws BadOutput {
        JsonValue thisHost = resource.field("_this_host");
        Optional<JsonValue> nodeId = thisHost.optionalField("node-id");
        List<KernelVolume> volumes = new ArrayList<>();
        for (JsonValue volume : thisHost.field("volumes").elements()) volumes.add(volume(volume));
        List<KernelConnection> connections = new ArrayList<>();
        // A resource without peers has no "connections" key at all (DU tests/v9/show-resource.test).
        Optional<JsonValue> list = resource.optionalField("connections");
        if (list.isPresent()) {
            for (JsonValue connection : list.get().elements()) connections.add(ShowConnectionReader.connection(connection));
        }
        return new KernelResource(
                resource.field("resource").string(),
                options(resource.optionalField("options")),
                nodeId.isEmpty() ? Optional.empty() : Optional.of(nodeId.get().intValue()),
                volumes,
                connections);
    }

    private static KernelVolume volume(JsonValue volume) throws BadOutput {
        Optional<String> backingDisk = optionalString(volume, "backing-disk");
        Optional<JsonValue> disk = volume.optionalField("disk");
        boolean intentionalDiskless = false;
        SortedMap<String, String> diskOptions = new TreeMap<>();
        if (disk.isPresent() && disk.get().isString()) {
            // "disk": "none" marks a client; an older drbdsetup put the backing device here.
            String text = disk.get().string();
            if (text.equals("none")) intentionalDiskless = true;
            else if (backingDisk.isEmpty()) backingDisk = Optional.of(text);
        } else {
            diskOptions = options(disk);
        }
        return new KernelVolume(
                volume.field("volume_nr").intValue(),
                volume.field("device_minor").intValue(),
                backingDisk,
                optionalString(volume, "meta-disk"),
                intentionalDiskless,
                diskOptions);
    }

    /**
     * An options object: values are strings, except booleans, which drbdsetup prints as JSON
     * {@code true}/{@code false} and which become {@code yes}/{@code no}, their resource-file form.
     * The shared secret's value is replaced by its digest ({@code sha256:...}).
     */
    static SortedMap<String, String> options(Optional<JsonValue> object) throws BadOutput {
        SortedMap<String, String> options = new TreeMap<>();
        if (object.isEmpty()) return options;
        for (Map.Entry<String, JsonValue> option : object.get().fields()) {
            JsonValue value = option.getValue();
            String text = value.isBoolean() ? (value.bool() ? "yes" : "no") : value.string();
            // The kernel hands the shared secret back in clear; observed state keeps only its digest.
            options.put(option.getKey(), option.getKey().equals(SHARED_SECRET) ? Secret.of("kernel", text).digest() : text);
        }
        return options;
    }

    static Optional<String> optionalString(JsonValue object, String field) throws BadOutput {
        Optional<JsonValue> value = object.optionalField(field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value.get().string());
    }
}
