package dev.berth.sim.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Major and minor numbers the kernel would give the lab's devices, for lsblk's {@code MAJ:MIN}
 * column and its order (it lists by device number: the fixture shows loop0..3, then zram0 (253),
 * then vda (254)).
 */
final class DeviceNumbers {
    private static final Pattern LETTERED = Pattern.compile("(sd|vd|xvd|hd)([a-z]+)");
    private static final Pattern NUMBERED = Pattern.compile("(loop|zd|drbd|zram|dm-|nbd|md)(\\d+)");
    private static final Pattern NVME = Pattern.compile("nvme(\\d+)n(\\d+)");

    private DeviceNumbers() {}

    /** {major, minor}; devices the lab does not know sort last. */
    static long[] of(String name) {
        Matcher lettered = LETTERED.matcher(name);
        if (lettered.matches()) {
            long index = 0;
            for (char c : lettered.group(2).toCharArray()) index = index * 26 + (c - 'a' + 1);
            long major = switch (lettered.group(1)) { case "sd" -> 8; case "vd" -> 254; case "xvd" -> 202; default -> 3; };
            return new long[] {major, (index - 1) * 16};
        }
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches()) {
            long number = Long.parseLong(numbered.group(2));
            long major = switch (numbered.group(1)) {
                case "loop" -> 7; case "zd" -> 230; case "drbd" -> 147; case "zram" -> 253; case "nbd" -> 43; case "md" -> 9; default -> 252;
            };
            return new long[] {major, number};
        }
        Matcher nvme = NVME.matcher(name);
        if (nvme.matches()) return new long[] {259, Long.parseLong(nvme.group(1)) * 64 + Long.parseLong(nvme.group(2)) - 1};
        return new long[] {4095, 0};
    }

    static String sortKey(String name) {
        long[] numbers = of(name);
        return String.format("%08d:%08d:%s", numbers[0], numbers[1], name);
    }
}
