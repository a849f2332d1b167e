package dev.berth.discovery.parse;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code drbdadm --version}: drbd-utils' version and the loaded module's. {@code kernelVersion}
 * is empty when no module is loaded (drbdadm prints {@code DRBD_KERNEL_VERSION=0}).
 */
public record DrbdadmVersion(Optional<String> utilsVersion, Optional<String> kernelVersion) {
    public DrbdadmVersion {
        Objects.requireNonNull(utilsVersion, "utilsVersion");
        Objects.requireNonNull(kernelVersion, "kernelVersion");
    }

    /** An 8.x module: drbd-utils 9 then runs its 8.4 tools, which have no JSON status. */
    public boolean isLegacyModule() { return kernelVersion.filter(v -> v.startsWith("8.")).isPresent(); }
}
