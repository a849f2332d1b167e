package dev.berth.observed;

/** A connection of a configured resource: two hosts with the address each listens on. */
public record ConfiguredConnection(String firstHost, DrbdAddress firstAddress, String secondHost,
                                   DrbdAddress secondAddress) {
    public ConfiguredConnection {
        Copies.noNulls("ConfiguredConnection", firstHost, firstAddress, secondHost, secondAddress);
    }
}
