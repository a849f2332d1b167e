package dev.berth.sim;

import java.util.Objects;
import java.util.Optional;

/**
 * What a simulated host has installed. Defaults are Debian 12's packages (lvm2 2.03.16,
 * drbd-utils 9.22.0) with OpenZFS from bookworm-backports, whose 2.2 line is the first with a
 * 16K default volblocksize. An empty {@code zfs} means zfsutils is not installed; an empty
 * {@code drbdKernel} means no DRBD module is loaded (drbd-utils then answers like the fixture
 * machine). The default module is 9.2.5, the kernel version the drbdadm fixtures pretend to.
 */
public record ToolVersions(String kernelRelease, String kernelVersion, String lvm, String lvmLibrary, String lvmDriver,
                           Optional<String> zfs, String drbdUtils, Optional<String> drbdKernel) {
    public ToolVersions {
        Objects.requireNonNull(kernelRelease);
        Objects.requireNonNull(kernelVersion);
        Objects.requireNonNull(lvm);
        Objects.requireNonNull(lvmLibrary);
        Objects.requireNonNull(lvmDriver);
        Objects.requireNonNull(zfs);
        Objects.requireNonNull(drbdUtils);
        Objects.requireNonNull(drbdKernel);
    }

    public static ToolVersions debian12() {
        return new ToolVersions("6.1.0-28-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)", "2.03.16(2) (2022-05-18)", "1.02.185 (2022-05-18)", "4.47.0",
                Optional.of("2.2.7-1~bpo12+1"), "9.22.0", Optional.of("9.2.5"));
    }

    /** {@code uname -r} and {@code uname -v}. */
    public ToolVersions withKernel(String release, String version) {
        return new ToolVersions(release, version, lvm, lvmLibrary, lvmDriver, zfs, drbdUtils, drbdKernel);
    }

    public ToolVersions withoutZfs() {
        return new ToolVersions(kernelRelease, kernelVersion, lvm, lvmLibrary, lvmDriver, Optional.empty(), drbdUtils, drbdKernel);
    }

    public ToolVersions withZfs(String version) {
        return new ToolVersions(kernelRelease, kernelVersion, lvm, lvmLibrary, lvmDriver, Optional.of(version), drbdUtils, drbdKernel);
    }

    /** A host like the fixture machine: drbd-utils installed, no DRBD module loaded. */
    public ToolVersions withoutDrbdModule() {
        return new ToolVersions(kernelRelease, kernelVersion, lvm, lvmLibrary, lvmDriver, zfs, drbdUtils, Optional.empty());
    }

    public ToolVersions withDrbdModule(String version) {
        return new ToolVersions(kernelRelease, kernelVersion, lvm, lvmLibrary, lvmDriver, zfs, drbdUtils, Optional.of(version));
    }
}
