package dev.berth.discovery.parse;

import dev.berth.model.Size;
import dev.berth.observed.BlockDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code lsblk --json --bytes --output NAME,PATH,SIZE,TYPE,FSTYPE,MOUNTPOINT,PKNAME,RO}: the tree
 * of block devices, stacked devices as {@code children}. util-linux 2.38 prints SIZE as a number
 * and RO as a boolean; releases before 2.33 printed both as strings ({@code "1073741824"},
 * {@code "0"}), which is accepted too. Missing values are JSON {@code null}.
 */
public final class LsblkParser {
    private LsblkParser() {}

    public static Parsed<List<BlockDevice>> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        return JsonOutput.read(output, root -> devices(root.field("blockdevices")));
    }

    private static List<BlockDevice> devices(JsonValue list) throws BadOutput {
        List<BlockDevice> devices = new ArrayList<>();
        for (JsonValue device : list.elements()) devices.add(device(device));
        return devices;
    }

    private static BlockDevice device(JsonValue device) throws BadOutput {
        String name = device.field("name").string();
        Optional<JsonValue> children = device.optionalField("children");
        return new BlockDevice(
                name,
                // PATH exists since util-linux 2.33; before, the kernel name under /dev is the path.
                text(device, "path").orElse("/dev/" + name),
                size(device.field("size")),
                text(device, "type").orElse(""),
                text(device, "fstype"),
                text(device, "mountpoint"),
                text(device, "pkname"),
                readOnly(device.optionalField("ro")),
                children.isEmpty() ? List.of() : devices(children.get()));
    }

    private static Optional<String> text(JsonValue device, String field) throws BadOutput {
        Optional<JsonValue> value = device.optionalField(field);
        if (value.isEmpty()) return Optional.empty();
        String text = value.get().string();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Size size(JsonValue size) throws BadOutput {
        if (size.isString() && size.node().asString().matches("[0-9]{1,19}")) {
            try {
                return Size.ofBytes(Long.parseLong(size.node().asString()));
            } catch (NumberFormatException tooBig) {
                throw size.problem("size out of range at " + size.pointer());
            }
        }
        long bytes = size.longValue();
        if (bytes < 0) throw size.problem("negative size at " + size.pointer());
        return Size.ofBytes(bytes);
    }

    private static boolean readOnly(Optional<JsonValue> ro) throws BadOutput {
        if (ro.isEmpty()) return false;
        JsonValue value = ro.get();
        if (value.isString() && (value.node().asString().equals("0") || value.node().asString().equals("1"))) {
            return value.node().asString().equals("1");
        }
        return value.bool();
    }
}
