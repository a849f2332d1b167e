package dev.berth.transport;

/**
 * A host could not be talked to. {@code kind} says what went wrong, so that discovery can record
 * it as a fact about the host and reports can say what to do.
 */
public final class HostException extends Exception {
    public enum Kind {
        /** No route, connection refused, DNS failure, the lab host is down. */
        UNREACHABLE,
        /** The host's key is unknown or changed: refused by strict host-key checking. */
        HOST_KEY_REJECTED,
        /** Our key or user was refused. */
        AUTHENTICATION_FAILED,
        /** sudo wants a password (Berth never types one). */
        SUDO_NEEDS_PASSWORD,
        /** A command or connection took longer than its timeout. */
        TIMEOUT,
        /** The connection broke in the middle of a command. */
        CONNECTION_LOST,
        /** A file operation's command failed. */
        COMMAND_FAILED
    }

    private final Kind kind;
    private final String host;

    public HostException(Kind kind, String host, String message) {
        super(message);
        this.kind = kind;
        this.host = host;
    }

    public HostException(Kind kind, String host, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.host = host;
    }

    public Kind kind() { return kind; }

    public String host() { return host; }
}
