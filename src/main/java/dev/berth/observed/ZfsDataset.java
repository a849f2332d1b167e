package dev.berth.observed;

import dev.berth.model.Size;
import java.util.Optional;

/**
 * One ZFS dataset ({@code zfs list -Hp}). {@code volumeSize} and {@code volumeBlockSize} exist
 * for volumes only; {@code refreservation} is empty when none is set (a sparse zvol), and
 * {@code managed} is the user property {@code berth:managed}, empty when unset ({@code -}).
 */
public record ZfsDataset(String name, Term<ZfsDatasetType> type, Optional<Size> volumeSize, Size used, Size available,
                         Optional<Size> refreservation, Optional<Size> volumeBlockSize, Optional<String> managed) {
    /** The user property that marks what Berth created (design.md, ownership markers). */
    public static final String MANAGED_PROPERTY = "berth:managed";

    public ZfsDataset {
        Copies.noNulls("ZfsDataset", name, type, volumeSize, used, available, refreservation, volumeBlockSize, managed);
    }

    public boolean isBerths() { return managed.filter("yes"::equals).isPresent(); }

    public boolean isVolume() { return type.is(ZfsDatasetType.VOLUME); }

    /** {@code tank}, the pool a dataset lives in. */
    public String pool() {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    /** {@code /dev/zvol/tank/r0_00000}, the path a resource file names for a zvol. */
    public String devicePath() { return "/dev/zvol/" + name; }
}
