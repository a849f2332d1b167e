package dev.berth.realhost;

import java.util.List;

/**
 * A short LVM session on a 256 MiB VG {@code vg_berth} with common refusals (LV exists, VG full,
 * extension beyond the free space, LV not found, no free extent left), run on a real host over
 * SSH and on the simulated one; captured from a real host under fixtures/lvm-realhost.
 */
final class LvmRefusals {
    record Step(String label, int exitCode, List<String> argv) {
        Step {
            argv = List.copyOf(argv);
        }
    }

    static final List<Step> STEPS = List.of(
            step("01-created", 0, "lvcreate -n a -L 8m vg_berth"),
            step("02-exists", 5, "lvcreate -n a -L 8m vg_berth"),
            step("03-vg-full", 5, "lvcreate -n big -L 1g vg_berth"),
            step("04-extend-beyond-free", 5, "lvextend -L 1g vg_berth/a"),
            step("05-remove-missing", 5, "lvremove -y vg_berth/nothere"),
            step("06-rest", 0, "lvcreate -n rest -l 100%FREE vg_berth"),
            step("07-no-free-extents", 5, "lvcreate -n more -L 4m vg_berth"),
            step("08-removed", 0, "lvremove -y vg_berth/a"));

    private LvmRefusals() {}

    private static Step step(String label, int exitCode, String command) {
        return new Step(label, exitCode, List.of(command.split(" ")));
    }
}
