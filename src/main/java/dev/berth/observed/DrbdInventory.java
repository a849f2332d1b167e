package dev.berth.observed;

import java.util.List;

/**
 * DRBD on one host, three views that may disagree and must be kept apart: the configuration
 * drbdadm reads, the configuration the kernel runs, and the kernel's live state.
 */
public record DrbdInventory(Reading<List<ConfiguredResource>> configured, Reading<List<KernelResource>> kernel,
                            Reading<List<ResourceStatus>> status) {
    public DrbdInventory {
        Copies.noNulls("DrbdInventory", configured, kernel, status);
    }
}
