package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated program, or a family of them (LVM's {@code pvs}, {@code lvcreate}, ...), plugged
 * into every host of a lab. This is the seam: LVM, ZFS and the system tools are written against
 * it exactly as part 2's DRBD kernel is. A tool keeps its state in its own extension subtree of
 * the host's state file ({@link SimHost#extension}), answers for the devices it creates
 * ({@link #blockDevices}), and tells the others what it has written on a device and whether it
 * holds one open, so that {@code blkid}, {@code wipefs}, {@code lvremove} and {@code zfs destroy}
 * see each other's work. Every method runs inside the lab's transaction.
 */
public interface SimTool {
    /** The tool's name: its extension key in {@code state.json} and how messages name it. */
    String name();

    /** Program names it answers ({@code argv[0]} without its folder). */
    Set<String> programs();

    /** Runs one command. Never throws for a failing command: that is an exit code and stderr, as the real tool gives. */
    CommandResult run(SimHost host, Command command, String stdin);

    /** Block devices this tool provides on the host (LVs, zvols, DRBD minors). */
    default List<BlockDevice> blockDevices(SimHost host) { return List.of(); }

    /**
     * Signatures this tool has put on {@code device} (an LVM label, a ZFS label, DRBD metadata).
     * Devices arrive resolved, so a tool compares with {@link BlockDevice#answersTo} and does not
     * care whether the caller said {@code /dev/vg0/lv} or {@code /dev/mapper/vg0-lv}.
     */
    default List<Signature> signatures(SimHost host, BlockDevice device) { return List.of(); }

    /** Who holds {@code device} open exclusively ("volume group vg0", "DRBD resource r0"), if anyone. */
    default Optional<String> holder(SimHost host, BlockDevice device) { return Optional.empty(); }

    /** {@code wipefs -a} erased this tool's signatures on {@code device}: forget what they stood for. */
    default void wiped(SimHost host, BlockDevice device) {}

    /** Data was written to {@code device} (a resync, an application): thin volumes and sparse zvols use space. */
    default void written(SimHost host, BlockDevice device, long bytes) {}

    /** A file the tool provides instead of the file system ({@code /proc/drbd}). */
    default Optional<String> virtualFile(SimHost host, String path) { return Optional.empty(); }
}
