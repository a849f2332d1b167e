package dev.berth.observed;

/**
 * One end of a DRBD path as a tool printed it: family ({@code ipv4}, {@code ipv6}; DRBD also
 * knows {@code ssocks}, {@code sdp}), address without brackets, and port.
 */
public record DrbdAddress(String family, String address, int port) {
    public DrbdAddress {
        Copies.noNulls("DrbdAddress", family, address);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    }

    /** {@code ipv4 10.0.0.1:7000}, the resource-file form. */
    @Override
    public String toString() {
        return family + " " + (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }
}
