package dev.berth.transport.ssh;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/**
 * The socket of one connection. Two jobs, both about waiting:
 * <ul>
 * <li>TCP_NODELAY, as OpenSSH sets it: every command is a few small packets in a row (data, EOF,
 * close), and with Nagle's algorithm on the second waits for the peer's delayed ACK; a command on
 * a warm connection took ~90 ms instead of ~3.</li>
 * <li>{@link #abort}: sshj reads the server's version line with no timeout at all, so a host that
 * accepts TCP and never speaks would hang the connect forever. The connector's handshake deadline
 * closes the socket instead, which wakes that read.</li>
 * </ul>
 */
final class ClientSockets extends SocketFactory {
    private Socket socket;
    private boolean aborted;

    /** sshj calls only this one and connects the socket itself, with its connect timeout. */
    @Override
    public synchronized Socket createSocket() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        if (aborted) socket.close();
        return socket;
    }

    /** Closes the socket, now or as soon as it exists; safe from any thread. */
    synchronized void abort() {
        aborted = true;
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        throw new UnsupportedOperationException("sshj creates unconnected sockets");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        throw new UnsupportedOperationException("sshj creates unconnected sockets");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        throw new UnsupportedOperationException("sshj creates unconnected sockets");
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
        throw new UnsupportedOperationException("sshj creates unconnected sockets");
    }
}
