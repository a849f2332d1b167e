package dev.berth.discovery;

import dev.berth.model.Command;

import java.util.ArrayList;
import java.util.List;

/**
 * The read-only commands discovery runs on every host, in one batch. This list is a contract:
 * the parsers read exactly these outputs and the simulated lab answers exactly these argvs.
 * Columns are always named ({@code -o}), because tool defaults differ between versions; sizes are
 * asked in bytes without suffix.
 */
public final class DiscoveryCommands {
    public static final Command HOSTNAME = Command.of("uname", "-n");
    public static final Command KERNEL = Command.of("uname", "-r");
    /** drbd-utils' version and the loaded module's ({@code DRBD_KERNEL_VERSION}). */
    public static final Command DRBDADM_VERSION = Command.of("drbdadm", "--version");
    /** Only to recognise a DRBD 8.4 module, whose status has no JSON. */
    public static final Command PROC_DRBD = Command.of("cat", "/proc/drbd");
    public static final Command LVM_VERSION = Command.of("lvm", "version");
    public static final Command ZFS_VERSION = Command.of("zfs", "version");
    public static final Command BLOCK_DEVICES = Command.of("lsblk", "--json", "--bytes",
            "--output", "NAME,PATH,SIZE,TYPE,FSTYPE,MOUNTPOINT,PKNAME,RO");
    public static final Command PHYSICAL_VOLUMES = Command.of("pvs", "--reportformat", "json", "--units", "b", "--nosuffix",
            "-o", "pv_name,vg_name,pv_size,pv_free,pv_uuid,dev_size");
    public static final Command VOLUME_GROUPS = Command.of("vgs", "--reportformat", "json", "--units", "b", "--nosuffix",
            "-o", "vg_name,vg_uuid,vg_size,vg_free,vg_extent_size,vg_extent_count,vg_free_count,pv_count,lv_count,vg_tags");
    /**
     * {@code segtype} is a segment field: a volume in two segments is printed twice even without
     * {@code devices}/{@code seg_*} (captured in fixtures/lvs, contract-two-segments.json); the
     * parser folds the rows by lv_uuid.
     */
    public static final Command LOGICAL_VOLUMES = Command.of("lvs", "--reportformat", "json", "--units", "b", "--nosuffix",
            "-o", "vg_name,lv_name,lv_uuid,lv_size,lv_attr,lv_tags,pool_lv,data_percent,metadata_percent,segtype");
    public static final Command ZPOOLS = Command.of("zpool", "list", "-H", "-p", "-o", "name,size,alloc,free,health");
    /** Filesystems too, because a pool may live in a dataset ({@code tank/berth}). */
    public static final Command ZFS_DATASETS = Command.of("zfs", "list", "-H", "-p", "-t", "filesystem,volume",
            "-o", "name,type,volsize,used,avail,refreservation,volblocksize,berth:managed");
    /** The configuration as drbdadm reads it, text form: dump-xml has no node-ids. */
    public static final Command DRBD_CONFIG = Command.of("drbdadm", "dump", "all");
    /** The configuration the kernel runs. */
    public static final Command DRBD_KERNEL_CONFIG = Command.of("drbdsetup", "show", "--json");
    public static final Command DRBD_STATUS = Command.of("drbdsetup", "status", "--json");
    /** Every resource file with its bytes: path NUL content NUL, in one command and without a shell. */
    public static final Command RESOURCE_FILES = Command.of("find", "/etc/drbd.d", "-maxdepth", "1", "-type", "f",
            "-name", "*.res", "-printf", "%p\\0", "-exec", "cat", "{}", ";", "-printf", "\\0");
    public static final Command STATE_FILE = Command.of("cat", "--", "/var/lib/berth/state.json");
    public static final Command LOCK_HOLDER = Command.of("cat", "--", "/var/lib/berth/lock/holder.json");
    public static final Command IN_PROGRESS = Command.of("cat", "--", "/var/lib/berth/in-progress.json");
    /** A LINSTOR satellite keeps its resource files here; their resources are not Berth's to write. */
    public static final Command LINSTOR_RESOURCES = Command.of("ls", "-1A", "/var/lib/linstor.d");

    private DiscoveryCommands() {}

    /** The batch for one host; {@code devices} are the block devices the stack wants pools built from there. */
    public static List<Command> batch(List<String> devices) {
        List<Command> commands = new ArrayList<>(List.of(HOSTNAME, KERNEL, DRBDADM_VERSION, PROC_DRBD, LVM_VERSION, ZFS_VERSION,
                BLOCK_DEVICES, PHYSICAL_VOLUMES, VOLUME_GROUPS, LOGICAL_VOLUMES, ZPOOLS, ZFS_DATASETS, DRBD_CONFIG,
                DRBD_KERNEL_CONFIG, DRBD_STATUS, RESOURCE_FILES, STATE_FILE, LOCK_HOLDER, IN_PROGRESS, LINSTOR_RESOURCES));
        for (String device : devices) commands.add(deviceSignatures(device));
        return commands;
    }

    /** Signatures on a device (filesystem, LVM PV, partition table, ...); exit 2 with no output means blank. */
    public static Command deviceSignatures(String device) {
        return Command.of("blkid", "--probe", "--output", "export", device);
    }
}
