package dev.berth.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The block devices of one host, gathered from its declared disks and from every tool (LVs,
 * zvols, DRBD minors), and what is written on them. This is how tools see each other's work:
 * {@code blkid} reads an LVM label on a disk, {@code lvremove} learns that DRBD holds an LV open.
 * Each method is one lab transaction (or joins the one in progress), so tools' answers and
 * changes are consistent and saved.
 */
public final class Devices {
    private final SimHost host;

    Devices(SimHost host) {
        this.host = host;
    }

    /** The disks plugged into the host, as declared (signatures included). */
    public List<LabDevice> disks() { return host.state(s -> List.copyOf(s.disks)); }

    public Optional<LabDevice> disk(String path) { return host.state(s -> s.disk(path)); }

    /** Puts a signature on a declared disk, as {@code mkfs} would. */
    public void addSignature(String diskPath, Signature signature) {
        host.state(s -> {
            LabDevice disk = s.disk(diskPath).orElseThrow(() -> new IllegalArgumentException("no disk " + diskPath + " on " + s.node));
            s.replaceDisk(disk.withSignature(signature));
            return null;
        });
    }

    public List<BlockDevice> all() {
        return host.lab().atomically(this::gather);
    }

    private List<BlockDevice> gather() {
        List<BlockDevice> devices = new ArrayList<>();
        for (LabDevice disk : disks()) {
            String type = disk.kernelName().startsWith("loop") ? "loop" : "disk";
            devices.add(new BlockDevice(disk.kernelName(), disk.path(), List.of(), disk.size(), type, List.of(), false, disk.path(), "disk"));
        }
        for (SimTool tool : host.lab().tools().all()) devices.addAll(tool.blockDevices(host));
        return devices;
    }

    /** The device that {@code path} opens, under any of its names. */
    public Optional<BlockDevice> find(String path) {
        return all().stream().filter(d -> d.answersTo(path)).findFirst();
    }

    public List<Signature> signatures(BlockDevice device) {
        return host.lab().atomically(() -> gatherSignatures(device));
    }

    private List<Signature> gatherSignatures(BlockDevice device) {
        List<Signature> found = new ArrayList<>(disk(device.path()).map(LabDevice::signatures).orElse(List.of()));
        for (SimTool tool : host.lab().tools().all()) found.addAll(tool.signatures(host, device));
        return found;
    }

    /** Who holds the device open exclusively; such a device cannot be wiped, pvcreated or pooled. */
    public Optional<String> holder(BlockDevice device) {
        return host.lab().atomically(() -> findHolder(device));
    }

    private Optional<String> findHolder(BlockDevice device) {
        for (SimTool tool : host.lab().tools().all()) {
            Optional<String> holder = tool.holder(host, device);
            if (holder.isPresent()) return holder;
        }
        return Optional.empty();
    }

    /** Erases every signature on the device and returns what was there (wipefs prints each). */
    public List<Signature> wipe(BlockDevice device) {
        return host.lab().atomically(() -> erase(device));
    }

    private List<Signature> erase(BlockDevice device) {
        List<Signature> erased = signatures(device);
        host.state(s -> {
            s.disk(device.path()).ifPresent(disk -> s.replaceDisk(new LabDevice(disk.path(), disk.size(), List.of(), disk.rejectedByLvmFilter())));
            return null;
        });
        for (SimTool tool : host.lab().tools().all()) tool.wiped(host, device);
        return erased;
    }

    /** Data landed on the device: tools that provision lazily (thin LVs, sparse zvols) account for it. */
    public void written(BlockDevice device, long bytes) {
        host.lab().atomically(() -> {
            for (SimTool tool : host.lab().tools().all()) tool.written(host, device, bytes);
            return null;
        });
    }
}
