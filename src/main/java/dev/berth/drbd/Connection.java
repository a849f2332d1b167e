package dev.berth.drbd;

import java.util.Objects;

/**
 * A connection between two hosts with one path. The endpoints are kept in host-name order so
 * that equal connections are equal records and files come out in one order.
 */
public record Connection(Endpoint first, Endpoint second) {
    public Connection {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        int order = first.hostname().compareTo(second.hostname());
        if (order == 0) throw new IllegalArgumentException("a connection needs two different hosts: " + first.hostname());
        if (order > 0) {
            Endpoint swap = first;
            first = second;
            second = swap;
        }
    }

    public boolean involves(String hostname) {
        return first.hostname().equals(hostname) || second.hostname().equals(hostname);
    }

    /** The endpoint on {@code hostname}'s side; the host must be part of this connection. */
    public Endpoint endpointOf(String hostname) {
        if (first.hostname().equals(hostname)) return first;
        if (second.hostname().equals(hostname)) return second;
        throw new IllegalArgumentException(hostname + " is not part of this connection");
    }

    /** The endpoint on the other side, as seen from {@code hostname}. */
    public Endpoint peerOf(String hostname) {
        return endpointOf(hostname) == first ? second : first;
    }

    /** A stable key for sorting and for finding duplicates: {@code alpha|beta}. */
    String pairKey() { return first.hostname() + "|" + second.hostname(); }
}
