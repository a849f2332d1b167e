package dev.berth.observed;

/**
 * The state of a connection to one peer. Split brain has no state of its own: DRBD drops the
 * connection to {@code StandAlone} after the handshake fails, and it stays there until an
 * operator decides (drbd-facts §6).
 */
public enum ConnectionState implements Labelled {
    STAND_ALONE("StandAlone"),
    DISCONNECTING("Disconnecting"),
    UNCONNECTED("Unconnected"),
    TIMEOUT("Timeout"),
    BROKEN_PIPE("BrokenPipe"),
    NETWORK_FAILURE("NetworkFailure"),
    PROTOCOL_ERROR("ProtocolError"),
    TEAR_DOWN("TearDown"),
    CONNECTING("Connecting"),
    CONNECTED("Connected"),
    UNRECOGNISED("");

    private final String label;

    ConnectionState(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
