package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.transport.ExecutingHost;
import dev.berth.transport.HostException;
import dev.berth.transport.ProcessOutput;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;
import net.schmizz.sshj.transport.TransportException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One command on one exec channel. Stdin, stdout and stderr each get a pump thread, because the
 * remote side blocks when its window to us is full, and we block writing when its window for our
 * stdin is: one thread doing all three could wait on itself. The caller waits for the channel to
 * close, at most the command timeout; then the channel is signalled and closed (TIMEOUT).
 */
final class SshExecution {
    private static final ExecutorService PUMPS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "berth-ssh-pump");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * After the channel closed, its streams are at their end, but on a loaded machine a pump may not
     * have been scheduled yet (seen at load 36 with 100 hosts): the drain waits for what is left of the
     * command timeout, and at least this long.
     */
    private static final long DRAIN_MILLIS = 2000;

    private static final Map<Signal, Integer> SIGNAL_NUMBERS = Map.ofEntries(Map.entry(Signal.HUP, 1), Map.entry(Signal.INT, 2),
            Map.entry(Signal.QUIT, 3), Map.entry(Signal.ILL, 4), Map.entry(Signal.ABRT, 6), Map.entry(Signal.FPE, 8),
            Map.entry(Signal.KILL, 9), Map.entry(Signal.USR1, 10), Map.entry(Signal.SEGV, 11), Map.entry(Signal.USR2, 12),
            Map.entry(Signal.PIPE, 13), Map.entry(Signal.ALRM, 14), Map.entry(Signal.TERM, 15));

    private SshExecution() {}

    static ProcessOutput run(SSHClient client, String host, Command command, byte[] stdin, Duration timeout)
            throws HostException, ConnectionException, TransportException {
        long started = System.nanoTime();
        try (Session session = client.startSession()) {
            // The remote login shell parses this string: POSIX quoting of the argv, never spliced values.
            Session.Command running = session.exec(command.shellQuoted());
            Future<?> writer = PUMPS.submit(() -> feed(running.getOutputStream(), stdin));
            Future<byte[]> stdout = PUMPS.submit(() -> readAll(running.getInputStream()));
            Future<byte[]> stderr = PUMPS.submit(() -> readAll(running.getErrorStream()));
            try {
                running.join(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ConnectionException e) {
                if (!(e.getCause() instanceof TimeoutException)) throw e;
                stop(running);
                writer.cancel(true);
                throw new HostException(HostException.Kind.TIMEOUT, host, "`" + ExecutingHost.brief(command) + "` on " + host
                        + " did not finish within " + timeout.toMillis() + " ms; its channel was closed");
            }
            long drainMillis = Math.max(DRAIN_MILLIS, timeout.toMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            byte[] out = drain(stdout, drainMillis);
            byte[] err = drain(stderr, drainMillis);
            return new ProcessOutput(exitCode(running, host), out, err);
        }
    }

    private static int exitCode(Session.Command running, String host) throws HostException {
        if (running.getExitStatus() != null) return running.getExitStatus();
        Signal signal = running.getExitSignal();
        // as a shell reports a death by signal: 128 + the signal's (Linux) number
        if (signal != null) return 128 + SIGNAL_NUMBERS.getOrDefault(signal, 0);
        throw new HostException(HostException.Kind.CONNECTION_LOST, host, host + " closed the channel without an exit status");
    }

    /** Best effort: OpenSSH 8.1+ delivers the signal; older servers ignore it and the close ends the session. */
    private static void stop(Session.Command running) {
        try {
            running.signal(Signal.KILL);
        } catch (TransportException ignored) {
            // the close below is what matters
        }
        try {
            running.close();
        } catch (ConnectionException | TransportException ignored) {
            // closing a channel that is already gone
        }
    }

    private static Void feed(OutputStream input, byte[] bytes) throws IOException {
        try (input) {
            input.write(bytes);
            input.flush();
        }
        return null;
    }

    private static byte[] readAll(InputStream output) throws IOException {
        return output.readAllBytes();
    }

    private static byte[] drain(Future<byte[]> output, long millis) throws ConnectionException {
        try {
            return output.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while reading the output", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new ConnectionException("the output stream broke: " + cause, cause);
        }
    }
}
