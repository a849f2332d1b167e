package dev.berth.observed;

import dev.berth.model.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * One LVM logical volume ({@code lvs}). {@code pool} names the thin pool of a thin volume;
 * {@code dataPercent}/{@code metadataPercent} are filled for thin pools and thin volumes and
 * empty otherwise. {@code segmentTypes} has one entry per segment, in LVM's order
 * ({@code linear}, {@code thin-pool}, ...): {@code segtype} is a segment field, so lvs prints
 * a volume once per segment and the parser folds those rows into this one record.
 */
public record LogicalVolume(String volumeGroup, String name, String uuid, Size size, LvAttributes attributes,
                            SortedSet<String> tags, Optional<String> pool, Optional<BigDecimal> dataPercent,
                            Optional<BigDecimal> metadataPercent, List<String> segmentTypes) {
    public LogicalVolume {
        Copies.noNulls("LogicalVolume", volumeGroup, name, uuid, size, attributes, tags, pool, dataPercent,
                metadataPercent, segmentTypes);
        tags = Copies.sortedSet(tags);
        segmentTypes = Copies.list(segmentTypes);
    }

    /** {@code vg0/r0_00000}, the name lvcreate, lvresize and lvremove take. */
    public String address() { return volumeGroup + "/" + name; }

    /** {@code /dev/vg0/r0_00000}, the path a resource file names as its backing disk. */
    public String devicePath() { return "/dev/" + volumeGroup + "/" + name; }

    public boolean isBerths() { return tags.contains(VolumeGroup.BERTH_TAG); }

    public boolean isThinPool() { return attributes.isThinPool(); }

    public boolean isThinVolume() { return attributes.isThinVolume(); }
}
