package dev.berth.transport.local;

import dev.berth.model.Command;
import dev.berth.transport.ExecutingHost;
import dev.berth.transport.HostException;
import dev.berth.transport.ProcessOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One process on this machine, run from an argv (no shell). Stdin is written and both outputs are
 * read on their own threads: a process that fills one pipe while we block on another would
 * otherwise deadlock. On timeout the whole process tree is killed, so a {@code sh -c} that started
 * a sleeping child does not leave it behind holding our pipes open.
 */
final class LocalProcess {
    /** Pump threads are daemons: a stuck grandchild must never keep the JVM alive. */
    private static final ExecutorService PUMPS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "berth-local-pump");
        thread.setDaemon(true);
        return thread;
    });
    /** After a kill, how long to wait for pipes that an escaped grandchild may still hold. */
    private static final Duration DRAIN_AFTER_KILL = Duration.ofSeconds(1);

    private LocalProcess() {}

    static ProcessOutput run(String host, Command command, byte[] stdin, Duration timeout) throws HostException {
        List<String> argv = command.argv();
        Process process;
        try {
            process = new ProcessBuilder(argv).start();
        } catch (IOException e) {
            // The shell's convention, so that a missing program looks the same locally and over SSH.
            int exitCode = String.valueOf(e.getMessage()).contains("error=13") ? 126 : 127;
            return new ProcessOutput(exitCode, new byte[0], (argv.get(0) + ": " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Future<?> writer = PUMPS.submit(() -> feed(process.getOutputStream(), stdin));
        OutputCollector stdout = OutputCollector.start(PUMPS, process.getInputStream());
        OutputCollector stderr = OutputCollector.start(PUMPS, process.getErrorStream());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                writer.cancel(true);
                throw new HostException(HostException.Kind.TIMEOUT, host, "`" + ExecutingHost.brief(command) + "` on " + host
                        + " did not finish within " + timeout.toMillis() + " ms and was killed");
            }
            return new ProcessOutput(process.exitValue(), stdout.bytes(DRAIN_AFTER_KILL), stderr.bytes(DRAIN_AFTER_KILL));
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Kind.TIMEOUT, host, "interrupted while waiting for " + argv.get(0), e);
        }
    }

    /** A process that exits without reading its stdin closes the pipe: that is not our error. */
    private static Void feed(OutputStream input, byte[] bytes) {
        try (input) {
            input.write(bytes);
        } catch (IOException ignored) {
            // broken pipe: the process did not want (all of) its input
        }
        return null;
    }

    /** Children first: once the parent is gone its children are re-parented and no longer found. */
    static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(DRAIN_AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
