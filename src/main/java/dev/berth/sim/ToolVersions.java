package dev.berth.sim;

import java.util.Objects;
import java.util.Optional;

/**
 * What a simulated host has installed. Defaults are Debian 12's packages (lvm2 2.03.16,
 * drbd-utils 9.22.0) with OpenZFS from bookworm-backports, whose 2.2 line is the first with a
 * 16K default volblocksize. An empty {@code zfs} means zfsutils is not installed.
 */
public record ToolVersions(String kernelRelease, String kernelVersion, String lvm, String lvmLibrary, String lvmDriver,
                           Optional<String> zfs, String drbdUtils) {
    public ToolVersions {
        Objects.requireNonNull(kernelRelease);
        Objects.requireNonNull(kernelVersion);
        Objects.requireNonNull(lvm);
        Objects.requireNonNull(lvmLibrary);
        Objects.requireNonNull(lvmDriver);
        Objects.requireNonNull(zfs);
        Objects.requireNonNull(drbdUtils);
    }

    public static ToolVersions debian12() {
        return new ToolVersions("6.1.0-28-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)", "2.03.16(2) (2022-05-18)", "1.02.185 (2022-05-18)", "4.47.0",
                Optional.of("2.2.7-1~bpo12+1"), "9.22.0");
    }

    /** {@code uname -r} and {@code uname -v}. */
    public ToolVersions withKernel(String release, String version) {
        return new ToolVersions(release, version, lvm, lvmLibrary, lvmDriver, zfs, drbdUtils);
    }

    public ToolVersions withoutZfs() {
        return new ToolVersions(kernelRelease, kernelVersion, lvm, lvmLibrary, lvmDriver, Optional.empty(), drbdUtils);
    }

    public ToolVersions withZfs(String version) {
        return new ToolVersions(kernelRelease, kernelVersion, lvm, lvmLibrary, lvmDriver, Optional.of(version), drbdUtils);
    }
}
