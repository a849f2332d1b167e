package dev.berth.sim.drbd;

import java.util.TreeMap;

/**
 * A minor of a resource: its volume number, the backing device it is attached to (path as given
 * to attach, and the device's identity), whether it is an intentional client, its disk state,
 * disk options in the kernel's form, the size it exposes and whether it has quorum.
 */
public final class VolumeState {
    public int volume;
    public int minor;
    public String backingDisk;
    public String backingIdentity;
    public boolean intentionalDiskless;
    public String diskState = "Diskless";
    public TreeMap<String, String> diskOptions = new TreeMap<>();
    /** The DRBD device's size in sectors; 0 until a disk or a peer tells it. */
    public long sizeSectors;
    public boolean quorum = true;

    public boolean attached() { return backingIdentity != null; }
}
