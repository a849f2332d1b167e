package dev.berth.observed;

/** One network path of a connection in the kernel: this host's address and the peer's. */
public record KernelPath(DrbdAddress thisHost, DrbdAddress remoteHost) {
    public KernelPath {
        Copies.noNulls("KernelPath", thisHost, remoteHost);
    }
}
