package dev.berth.discovery;

import dev.berth.transport.HostTarget;

import java.util.List;

/** One host to discover: how to reach it, the host name DRBD expects there, and the devices to probe. */
public record DiscoveryTarget(HostTarget target, String expectedHostname, List<String> devices) {
    public DiscoveryTarget {
        devices = List.copyOf(devices);
    }

    public String node() { return target.node(); }
}
