package dev.berth.sim.system;

import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * lsblk's JSON layout, byte for byte as util-linux 2.38 prints it (see fixtures/lsblk): three
 * spaces per level, {@code "key": value} pairs, sibling objects joined by {@code },{}, an empty
 * device list as an array holding one blank line, and children nested under {@code "children"}.
 */
final class LsblkJson {
    private final SimHost host;
    private final List<BlockDevice> all;
    private final List<String> columns;
    private final boolean bytes;
    private final boolean children;

    LsblkJson(SimHost host, List<BlockDevice> all, List<String> columns, boolean bytes, boolean children) {
        this.host = host;
        this.all = all;
        this.columns = columns;
        this.bytes = bytes;
        this.children = children;
    }

    String render(List<BlockDevice> roots) {
        StringBuilder text = new StringBuilder("{\n   \"blockdevices\": [\n");
        if (roots.isEmpty()) text.append('\n');
        devices(text, roots, null, 2);
        return text.append("   ]\n}\n").toString();
    }

    private void devices(StringBuilder text, List<BlockDevice> devices, BlockDevice parent, int level) {
        String indent = " ".repeat(3 * level);
        for (int i = 0; i < devices.size(); i++) {
            BlockDevice device = devices.get(i);
            text.append(i == 0 ? indent + "{\n" : "");
            List<BlockDevice> below = children ? childrenOf(device) : List.of();
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                String value = column.equals("MOUNTPOINTS")
                        ? "[\n" + indent + "       null\n" + indent + "   ]"
                        : LsblkColumns.value(column, device, host.devices().signatures(device), parent == null ? null : parent.name(), bytes);
                text.append(indent).append("   \"").append(column.toLowerCase(Locale.ROOT)).append("\": ").append(value);
                text.append(c + 1 < columns.size() || !below.isEmpty() ? ",\n" : "\n");
            }
            if (!below.isEmpty()) {
                text.append(indent).append("   \"children\": [\n");
                devices(text, below, device, level + 2);
                text.append(indent).append("   ]\n");
            }
            text.append(indent).append(i + 1 < devices.size() ? "},{\n" : "}\n");
        }
    }

    private List<BlockDevice> childrenOf(BlockDevice device) {
        return all.stream().filter(d -> d.parents().stream().anyMatch(device::answersTo))
                .sorted(Comparator.comparing(BlockDevice::name)).toList();
    }
}
