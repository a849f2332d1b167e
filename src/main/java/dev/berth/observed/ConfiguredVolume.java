package dev.berth.observed;

import java.util.Optional;

/** One volume of a configured host: number, minor, and the backing disk ({@code disk none} gives none). */
public record ConfiguredVolume(int number, int minor, Optional<String> backingDisk) {
    public ConfiguredVolume {
        Copies.noNulls("ConfiguredVolume", backingDisk);
    }

    public boolean isDiskless() { return backingDisk.isEmpty(); }
}
