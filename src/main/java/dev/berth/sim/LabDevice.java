package dev.berth.sim;

import dev.berth.model.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A disk plugged into a simulated host. {@code signatures} model a device that is not blank (an
 * old file system, a partition table); {@code rejectedByLvmFilter} models a device that the
 * host's {@code lvm.conf} filter hides, so LVM refuses it like the real one does.
 */
public record LabDevice(String path, Size size, List<Signature> signatures, boolean rejectedByLvmFilter) {
    public LabDevice {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(size, "size");
        signatures = List.copyOf(signatures);
        if (!path.startsWith("/dev/") || path.contains("..")) throw new IllegalArgumentException("a device path lives under /dev/: " + path);
    }

    public static LabDevice blank(String path, Size size) {
        return new LabDevice(path, size, List.of(), false);
    }

    public LabDevice withSignature(Signature signature) {
        List<Signature> all = new ArrayList<>(signatures);
        all.add(signature);
        return new LabDevice(path, size, all, rejectedByLvmFilter);
    }

    /** The same disk, hidden by the host's lvm.conf filter. */
    public LabDevice hiddenByLvmFilter() {
        return new LabDevice(path, size, signatures, true);
    }

    /** The kernel name lsblk prints: {@code /dev/nvme0n1} → {@code nvme0n1}. */
    public String kernelName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
