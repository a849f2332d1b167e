package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.transport.ExecutingHost;
import dev.berth.transport.HostException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * sshj's exceptions turned into the kinds discovery records and reports explain. The kind comes
 * from what actually failed (the socket, the handshake, the verifier), never from message text.
 */
final class SshFailures {
    private SshFailures() {}

    /** A failure while connecting, before any command ran. */
    static HostException connecting(ConnectionSettings settings, StrictHostKeyVerifier verifier, Exception e, Duration timeout) {
        if (verifier.rejection() != null) return verifier.rejection();
        String node = settings.node();
        String where = node + " (" + settings.endpoint() + ")";
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            return new HostException(HostException.Kind.UNREACHABLE, node, "cannot resolve the address of " + where, e);
        }
        if (cause instanceof ConnectException) {
            return new HostException(HostException.Kind.UNREACHABLE, node, where + " refused the connection: is sshd running on port "
                    + settings.port() + "?", e);
        }
        if (cause instanceof NoRouteToHostException) {
            return new HostException(HostException.Kind.UNREACHABLE, node, "no route to " + where, e);
        }
        if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
            return new HostException(HostException.Kind.TIMEOUT, node, where + " did not answer within " + timeout.toMillis()
                    + " ms (connect timeout)", e);
        }
        return new HostException(HostException.Kind.CONNECTION_LOST, node, "the connection to " + where
                + " broke during the SSH handshake: " + e.getMessage(), e);
    }

    /** A failure of the connection while a command was running: its outcome is unknown. */
    static HostException running(String node, Command command, Exception e) {
        Throwable cause = rootCause(e);
        if (cause instanceof TimeoutException) {
            return new HostException(HostException.Kind.TIMEOUT, node, node + " stopped answering during `"
                    + ExecutingHost.brief(command) + "`: " + e.getMessage(), e);
        }
        return new HostException(HostException.Kind.CONNECTION_LOST, node, "lost the connection to " + node + " during `"
                + ExecutingHost.brief(command) + "` (whether it ran is unknown): " + e.getMessage(), e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause;
    }
}
