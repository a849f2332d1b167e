package dev.berth.observed;

import dev.berth.model.Size;
import java.util.Optional;

/**
 * One volume's live state on this host ({@code drbdsetup status --json}, {@code devices}).
 * {@code client} is an intentionally diskless volume. {@code open} is absent in the output of
 * older drbd-utils, {@code size} when the kernel has no statistics (no disk and no peer).
 */
public record DeviceStatus(int volume, int minor, Term<DiskState> diskState, boolean client, Optional<Boolean> open,
                           boolean quorum, Optional<Size> size) {
    public DeviceStatus {
        Copies.noNulls("DeviceStatus", diskState, open, size);
    }
}
