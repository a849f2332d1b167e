package dev.berth.observed;

/**
 * Why a host could not be discovered. The transport's failure kinds, repeated here because
 * observed state does not depend on the transport layer; discovery maps one to the other.
 */
public enum HostErrorKind {
    /** No route, connection refused, DNS failure, a lab host that is down. */
    UNREACHABLE,
    /** The host key is unknown or changed. */
    HOST_KEY_REJECTED,
    /** Our key or user was refused. */
    AUTHENTICATION_FAILED,
    /** sudo asked for a password. */
    SUDO_NEEDS_PASSWORD,
    /** The connection or the batch took longer than its timeout. */
    TIMEOUT,
    /** The connection broke during the batch, or the batch came back incomplete. */
    CONNECTION_LOST,
    /** Anything else the transport reported. */
    COMMAND_FAILED
}
