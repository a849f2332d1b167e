package dev.berth.standin;

import dev.berth.model.Size;
import dev.berth.sim.BlockDevice;

import java.util.ArrayList;
import java.util.List;

/**
 * Backing devices as text, one per line: {@code PATH BYTES UUID}, and for logical volumes the
 * physical volumes they sit on after it ({@code /dev/vg0/r0_00000 104857600 Xb3k… /dev/loop3}).
 * The form of a test's {@code devices} file and of what each host publishes in the shared folder.
 */
record VolumeList(List<Entry> entries) {
    record Entry(String path, long bytes, String uuid, List<String> physicalVolumes) {
        Entry {
            physicalVolumes = List.copyOf(physicalVolumes);
        }
    }

    VolumeList {
        entries = List.copyOf(entries);
    }

    static VolumeList parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 3) continue;
            entries.add(new Entry(fields[0], Long.parseLong(fields[1]), fields[2], List.of(fields).subList(3, fields.length)));
        }
        return new VolumeList(entries);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            out.append(entry.path()).append(' ').append(entry.bytes()).append(' ').append(entry.uuid());
            for (String pv : entry.physicalVolumes()) out.append(' ').append(pv);
            out.append('\n');
        }
        return out.toString();
    }

    List<String> physicalVolumes() {
        return entries.stream().flatMap(e -> e.physicalVolumes().stream()).distinct().sorted().toList();
    }

    /** {@code /dev/VG/LV} as a logical volume with its device-mapper alias; anything else as a disk. */
    List<BlockDevice> devices() {
        List<BlockDevice> devices = new ArrayList<>();
        for (Entry entry : entries) {
            String[] parts = entry.path().replaceFirst("^/dev/", "").split("/", 2);
            Size size = Size.ofBytes(entry.bytes());
            if (parts.length == 2) {
                String mapperName = parts[0].replace("-", "--") + "-" + parts[1].replace("-", "--");
                devices.add(new BlockDevice(mapperName, entry.path(), List.of("/dev/mapper/" + mapperName), size, "lvm", List.of(), false,
                        entry.uuid(), "lvm"));
            } else {
                devices.add(new BlockDevice(parts[0], entry.path(), List.of(), size, "disk", List.of(), false, entry.uuid(), "disk"));
            }
        }
        return devices;
    }
}
