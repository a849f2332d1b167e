package dev.berth.sim.lvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LVM's metadata on one host: the labelled physical volumes and the volume groups with their
 * logical volumes, as the "lvm" extension of the host's state file. Public fields because this is
 * the persisted shape (Jackson maps it) and LVM's commands edit it in place inside a transaction.
 */
public final class LvmState {
    /** 4 MiB, vgcreate's default physical extent size. */
    public static final long DEFAULT_EXTENT_SIZE = 4L * 1024 * 1024;
    /** Where data starts on a PV: the label and one 1 MiB metadata area come first. */
    public static final long PE_START = 1024L * 1024;

    public List<PhysicalVolume> physicalVolumes = new ArrayList<>();
    public List<VolumeGroup> volumeGroups = new ArrayList<>();

    public Optional<PhysicalVolume> physicalVolume(String device) {
        return physicalVolumes.stream().filter(pv -> pv.device.equals(device)).findFirst();
    }

    public Optional<VolumeGroup> volumeGroup(String name) {
        return volumeGroups.stream().filter(vg -> vg.name.equals(name)).findFirst();
    }

    /** A PV as LVM keeps it: its device, label uuid, VG (empty for an orphan) and size when it joined. */
    public static final class PhysicalVolume {
        public String device;
        public String uuid;
        public String volumeGroup = "";
        public long deviceSize;
        /** Whole extents after {@link #PE_START}; set when the PV joins a VG. */
        public long extentCount;

        public boolean orphan() { return volumeGroup.isEmpty(); }
    }
}
