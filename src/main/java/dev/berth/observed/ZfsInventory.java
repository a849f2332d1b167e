package dev.berth.observed;

import java.util.List;

/** What {@code zpool list} and {@code zfs list} reported. */
public record ZfsInventory(Reading<List<Zpool>> pools, Reading<List<ZfsDataset>> datasets) {
    public ZfsInventory {
        Copies.noNulls("ZfsInventory", pools, datasets);
    }
}
