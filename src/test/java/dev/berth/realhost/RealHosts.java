package dev.berth.realhost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * N test hosts started by {@code scripts/realhost/up} in a folder of their own, on a random
 * 127.x.y.0/24 so that runs in parallel (other worktrees, a hand-started set) do not meet.
 * Everything the tests need is a path in that folder: the printed stack, the ssh_config, the
 * known_hosts file and each host's files.
 */
public final class RealHosts implements AutoCloseable {
    /** One command's outcome. */
    public record Run(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() { return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr; }
    }

    static final Path SCRIPTS = Path.of(System.getProperty("berth.project.dir", "."), "scripts", "realhost").toAbsolutePath();

    private final Path dir;
    private final int count;
    private final String prefix;
    private final String stack;

    private RealHosts(Path dir, int count, String prefix, String stack) {
        this.dir = dir;
        this.count = count;
        this.prefix = prefix;
        this.stack = stack;
    }

    /** Starts the hosts; {@code options} are up's flags ({@code --no-vg}, {@code --disk-size 64M}, ...). */
    public static RealHosts start(Path dir, int count, String... options) {
        var random = ThreadLocalRandom.current();
        String prefix = "127." + (100 + random.nextInt(100)) + "." + random.nextInt(250);
        List<String> argv = new ArrayList<>(List.of(SCRIPTS.resolve("up").toString(), Integer.toString(count), dir.toString()));
        argv.addAll(List.of(options));
        Map<String, String> environment = new HashMap<>(Map.of("BERTH_REALHOST_PREFIX", prefix));
        if (standinInstalled()) environment.put("BERTH_REALHOST_CLASSPATH", StandinClassPath.get());
        Run up = run(argv, environment, 120);
        if (up.exitCode() != 0) throw new IllegalStateException("scripts/realhost/up failed: " + up);
        RealHosts hosts = new RealHosts(dir, count, prefix, up.stdout());
        if (standinInstalled()) StandinClassPath.warmUp(hosts);
        return hosts;
    }

    public Path dir() { return dir; }

    public int count() { return count; }

    /** The stack `up` printed: connection, nodes host-1..host-N and the thick pool (unless --no-lvm). */
    public String stack() { return stack; }

    public String address(int host) { return prefix + "." + host; }

    public Path hostDir(int host) { return dir.resolve("hosts").resolve("host-" + host); }

    public Path knownHosts() { return dir.resolve("known_hosts"); }

    /** The loop device behind host N's volume group. */
    public String loopDevice(int host) { return read(hostDir(host).resolve("loop")).strip(); }

    /** Writes {@code stack() + extra} to a file in the hosts' folder and returns its path. */
    public Path writeStack(String name, String extra) {
        Path file = dir.resolve(name + ".yaml");
        try {
            Files.writeString(file, stack + extra, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A shell command on host N over real SSH (the way an admin would change a host by hand). */
    public Run ssh(int host, String command) {
        return run(List.of("ssh", "-F", dir.resolve("ssh_config").toString(), "host-" + host, command), Map.of(), 60);
    }

    /** Whether the DRBD stand-in's executables exist, so that `up` bound them over the real ones. */
    public static boolean standinInstalled() {
        return Files.isExecutable(SCRIPTS.resolve("drbdsetup")) && Files.isExecutable(SCRIPTS.resolve("drbdmeta"));
    }

    /**
     * Makes the stand-in fail matching calls on host N: one glob per line over the space-joined
     * argv ({@code drbdmeta * create-md *}), written to the host's /run/drbd-standin/faults.
     */
    public void failStandinCalls(int host, List<String> globs) {
        String lines = globs.isEmpty() ? "" : String.join("\n", globs) + "\n";
        Run run = ssh(host, "cat > /run/drbd-standin/faults <<'EOF'\n" + lines + "EOF");
        if (run.exitCode() != 0) throw new IllegalStateException("cannot write the faults file on host-" + host + ": " + run);
    }

    /** Ends host N's sshd (by the pid in its pid file): the host stops answering. */
    public void stopSshd(int host) {
        long pid = Long.parseLong(read(hostDir(host).resolve("sshd.pid")).strip());
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        });
    }

    @Override
    public void close() { stop(dir); }

    /** The folder shared by all hosts of this run (the DRBD stand-in's kernel state lives there). */
    public Path sharedDir() { return dir.resolve("shared"); }

    /** `down DIR`: idempotent, also after a failed start. */
    static void stop(Path dir) {
        Run down = run(List.of(SCRIPTS.resolve("down").toString(), dir.toString()), Map.of(), 120);
        if (down.exitCode() != 0) throw new IllegalStateException("scripts/realhost/down failed: " + down);
    }

    static Run run(List<String> argv, Map<String, String> environment, int timeoutSeconds) {
        try {
            Path out = Files.createTempFile("berth-realhost", ".out");
            Path err = Files.createTempFile("berth-realhost", ".err");
            try {
                var builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", argv) + " did not finish in " + timeoutSeconds + " s");
                }
                return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", argv), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
