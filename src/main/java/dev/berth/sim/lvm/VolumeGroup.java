package dev.berth.sim.lvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A volume group: its PVs in the order they joined (allocation walks them in that order), its
 * tags, and its LVs in creation order (LVM processes them in that order, e.g. {@code vgremove -f}).
 */
public final class VolumeGroup {
    public String name;
    public String uuid;
    public long extentSize = LvmState.DEFAULT_EXTENT_SIZE;
    public List<String> devices = new ArrayList<>();
    public List<String> tags = new ArrayList<>();
    public List<LogicalVolume> volumes = new ArrayList<>();

    public Optional<LogicalVolume> volume(String name) {
        return volumes.stream().filter(lv -> lv.name.equals(name)).findFirst();
    }

    public long extentCount(LvmState state) {
        return devices.stream().mapToLong(d -> state.physicalVolume(d).map(pv -> pv.extentCount).orElse(0L)).sum();
    }

    public long allocatedExtents() {
        return volumes.stream().flatMap(lv -> lv.segments.stream()).mapToLong(Segment::count).sum();
    }

    public long freeExtents(LvmState state) {
        return extentCount(state) - allocatedExtents();
    }

    public long allocatedOn(String device) {
        return volumes.stream().flatMap(lv -> lv.segments.stream()).filter(s -> s.device().equals(device)).mapToLong(Segment::count).sum();
    }

    /** Visible LVs only: what {@code lv_count} counts and what {@code lvs} shows without {@code -a}. */
    public List<LogicalVolume> visibleVolumes() {
        return volumes.stream().filter(LogicalVolume::visible).toList();
    }

    /** The first free {@code lvolN}, as LVM names an LV created without {@code -n}. */
    public String freeDefaultName() {
        for (int n = 0; ; n++) if (volume("lvol" + n).isEmpty()) return "lvol" + n;
    }
}
