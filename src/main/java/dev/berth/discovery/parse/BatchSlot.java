package dev.berth.discovery.parse;

import dev.berth.model.Command;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The commands of the discovery batch, recognised by their argv (program and the words that set
 * them apart), because this package does not depend on the {@code discovery} package that lists
 * them. Matching by shape rather than by exact argv lets the contract gain a column without
 * breaking the inventory; the parsers look columns up by name anyway.
 */
enum BatchSlot {
    HOSTNAME(argv -> argv.get(0).equals("uname") && argv.contains("-n")),
    KERNEL(argv -> argv.get(0).equals("uname") && argv.contains("-r")),
    DRBDADM_VERSION(argv -> argv.get(0).equals("drbdadm") && argv.contains("--version")),
    PROC_DRBD(argv -> argv.get(0).equals("cat") && argv.contains("/proc/drbd")),
    LVM_VERSION(argv -> argv.get(0).equals("lvm") && argv.contains("version")),
    ZFS_VERSION(argv -> argv.get(0).equals("zfs") && argv.contains("version")),
    BLOCK_DEVICES(argv -> argv.get(0).equals("lsblk")),
    PHYSICAL_VOLUMES(argv -> argv.get(0).equals("pvs")),
    VOLUME_GROUPS(argv -> argv.get(0).equals("vgs")),
    LOGICAL_VOLUMES(argv -> argv.get(0).equals("lvs")),
    ZPOOLS(argv -> argv.get(0).equals("zpool") && argv.contains("list")),
    ZFS_DATASETS(argv -> argv.get(0).equals("zfs") && argv.contains("list")),
    DRBD_CONFIG(argv -> argv.get(0).equals("drbdadm") && argv.contains("dump")),
    DRBD_KERNEL_CONFIG(argv -> argv.get(0).equals("drbdsetup") && argv.contains("show")),
    DRBD_STATUS(argv -> argv.get(0).equals("drbdsetup") && argv.contains("status")),
    RESOURCE_FILES(argv -> argv.get(0).equals("find") && argv.stream().anyMatch(a -> a.startsWith("/etc/drbd.d"))),
    STATE_FILE(argv -> argv.get(0).equals("cat") && argv.contains("/var/lib/berth/state.json")),
    LOCK_HOLDER(argv -> argv.get(0).equals("cat") && argv.contains("/var/lib/berth/lock/holder.json")),
    IN_PROGRESS(argv -> argv.get(0).equals("cat") && argv.contains("/var/lib/berth/in-progress.json")),
    LINSTOR_RESOURCES(argv -> argv.get(0).equals("ls") && argv.contains("/var/lib/linstor.d")),
    /** One per device the stack names; the device is the last word. */
    DEVICE_SIGNATURES(argv -> argv.get(0).equals("blkid"));

    private final Predicate<List<String>> matches;

    BatchSlot(Predicate<List<String>> matches) { this.matches = matches; }

    static Optional<BatchSlot> of(Command command) {
        for (BatchSlot slot : values()) {
            if (slot.matches.test(command.argv())) return Optional.of(slot);
        }
        return Optional.empty();
    }
}
