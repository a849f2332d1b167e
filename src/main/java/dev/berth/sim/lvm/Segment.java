package dev.berth.sim.lvm;

/** A run of physical extents on one PV: {@code devices} prints it as {@code /dev/loop0(54)}. */
public record Segment(String device, long start, long count) {
    public long end() { return start + count; }
}
