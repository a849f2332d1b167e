package dev.berth.sim.system;

import dev.berth.sim.BlockDevice;
import dev.berth.sim.Signature;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * lsblk's columns as JSON values in util-linux 2.38's types: names and paths are strings or
 * {@code null}, SIZE is a number with {@code --bytes} (else lsblk's short human form, a string),
 * RO and RM are booleans, MOUNTPOINTS an array. Nothing in the lab is mounted.
 */
final class LsblkColumns {
    private static final Set<String> KNOWN = Set.of("NAME", "KNAME", "PATH", "SIZE", "TYPE", "FSTYPE", "MOUNTPOINT", "MOUNTPOINTS",
            "PKNAME", "RO", "RM", "MAJ:MIN", "LABEL", "UUID");

    private LsblkColumns() {}

    static boolean known(String column) { return KNOWN.contains(column); }

    /** The JSON text of one cell; {@code signatures} are what is on the device, {@code parent} lsblk's PKNAME. */
    static String value(String column, BlockDevice device, List<Signature> signatures, String parent, boolean bytes) {
        Signature first = signatures.isEmpty() ? null : signatures.get(0);
        switch (column) {
            case "NAME":
            case "KNAME":
                return quote(device.name());
            case "PATH":
                return quote(device.path());
            case "SIZE":
                return bytes ? Long.toString(device.size().bytes()) : quote(human(device.size().bytes()));
            case "TYPE":
                return quote(device.type());
            case "FSTYPE":
                return first == null ? "null" : quote(first.type());
            case "LABEL":
                return first == null || first.label().isEmpty() ? "null" : quote(first.label());
            case "UUID":
                return first == null || first.uuid().isEmpty() ? "null" : quote(first.uuid());
            case "MOUNTPOINT":
                return "null";
            case "PKNAME":
                return parent == null ? "null" : quote(parent);
            case "RO":
                return Boolean.toString(device.readOnly());
            case "RM":
                return "false";
            case "MAJ:MIN":
                long[] numbers = DeviceNumbers.of(device.name());
                return quote(numbers[0] + ":" + numbers[1]);
            default:
                throw new IllegalArgumentException(column);
        }
    }

    /** lsblk's human sizes: {@code 1G}, {@code 512M}, {@code 20.5G}. */
    static String human(long bytes) {
        String[] units = {"B", "K", "M", "G", "T", "P"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) return bytes + "B";
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + units[unit];
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
