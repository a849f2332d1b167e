package dev.berth.observed;

import dev.berth.model.Size;
import java.util.SortedSet;

/**
 * One LVM volume group ({@code vgs}). Sizes are whole extents; a volume Berth creates is
 * rounded up to {@code extentSize}. A group Berth created carries the tag {@code berth}.
 */
public record VolumeGroup(String name, String uuid, Size size, Size free, Size extentSize, long extentCount,
                          long freeExtentCount, int physicalVolumeCount, int logicalVolumeCount,
                          SortedSet<String> tags) {
    /** The LVM tag that marks what Berth created (design.md, ownership markers). */
    public static final String BERTH_TAG = "berth";

    public VolumeGroup {
        Copies.noNulls("VolumeGroup", name, uuid, size, free, extentSize, tags);
        tags = Copies.sortedSet(tags);
    }

    public boolean isBerths() { return tags.contains(BERTH_TAG); }
}
