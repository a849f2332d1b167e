package dev.berth.desired;

/** The TCP ports a node's DRBD connections may use (inclusive). */
public record PortRange(int from, int to) {
    public static final PortRange LINSTOR_DEFAULT = new PortRange(7000, 7999);

    public PortRange {
        if (from < 1 || to > 65535 || from > to) throw new IllegalArgumentException("bad port range " + from + "-" + to);
    }

    @Override
    public String toString() { return from + "-" + to; }
}
