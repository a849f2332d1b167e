package dev.berth.observed;

import java.util.Optional;

/**
 * Who a host is and what it runs: {@code uname -n} (drbdadm matches {@code on} sections by it),
 * the kernel release and tool versions as each tool prints them. A missing tool has no version;
 * the host's findings say why.
 */
public record HostFacts(Optional<String> hostname, Optional<String> kernelRelease, Optional<String> lvmVersion,
                        Optional<String> zfsVersion, Optional<String> drbdUtilsVersion,
                        Optional<String> drbdKernelVersion, DrbdModule drbdModule) {
    public HostFacts {
        Copies.noNulls("HostFacts", hostname, kernelRelease, lvmVersion, zfsVersion, drbdUtilsVersion, drbdKernelVersion,
                drbdModule);
    }
}
