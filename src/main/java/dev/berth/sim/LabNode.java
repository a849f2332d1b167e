package dev.berth.sim;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One simulated machine as a lab is built from it: the node name Berth uses, the host name it
 * answers to {@code uname -n} (what DRBD matches against {@code on <host>}), its address, and the
 * block devices plugged into it. Plain values on purpose: the spec-to-lab wiring lives elsewhere.
 */
public record LabNode(String name, String hostname, String address, List<LabDevice> devices) {
    /** Node names become folder names under the lab directory, so they stay simple words. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public LabNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(address, "address");
        devices = List.copyOf(devices);
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("a lab node name must be a simple word: " + name);
        long distinct = devices.stream().map(LabDevice::path).distinct().count();
        if (distinct != devices.size()) throw new IllegalArgumentException("node " + name + " declares a device twice");
    }

    public static LabNode of(String name, String address, LabDevice... devices) {
        return new LabNode(name, name, address, List.of(devices));
    }
}
