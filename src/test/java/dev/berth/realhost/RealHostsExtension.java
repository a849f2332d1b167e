package dev.berth.realhost;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a class's real hosts once before its tests and always stops them after, also when a
 * test or the start fails (and from a shutdown hook if the JVM is ended first). Use as a static
 * {@code @RegisterExtension} field. Where the machine cannot run real hosts the class is skipped
 * with the reason printed; under {@code CI=true}, where {@code .ci/run} installed everything, that
 * is a failure instead, so CI never loses these tests silently.
 */
public final class RealHostsExtension implements BeforeAllCallback, AfterAllCallback {
    private static final List<String> TOOLS = List.of("/usr/bin/unshare", "/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen",
            "/usr/sbin/lvm", "/usr/sbin/losetup", "/usr/sbin/drbdadm");

    private final int count;
    private final String[] options;
    private Path dir;
    private RealHosts hosts;
    private Thread hook;

    public RealHostsExtension(int count, String... options) {
        this.count = count;
        this.options = options.clone();
    }

    public RealHosts hosts() {
        if (hosts == null) throw new IllegalStateException("the real hosts are not started");
        return hosts;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Optional<String> missing = whyNot();
        if (missing.isPresent()) unavailable(missing.get(), "true".equals(System.getenv("CI")), context.getDisplayName());
        dir = Files.createTempDirectory("berth-realhost-");
        Files.delete(dir); // up creates it and refuses a folder that already holds hosts
        Path stopping = dir;
        hook = new Thread(() -> RealHosts.stop(stopping));
        Runtime.getRuntime().addShutdownHook(hook);
        hosts = RealHosts.start(dir, count, options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (dir == null) return;
        try {
            RealHosts.stop(dir);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
            dir = null;
            hosts = null;
        }
    }

    /** Skips the class with the reason printed, or fails it under CI, where nothing may be lost silently. */
    static void unavailable(String missing, boolean ci, String testClass) {
        String reason = "real-host tests need " + missing;
        if (ci) fail("CI=true but " + reason);
        System.out.println("SKIPPED " + testClass + ": " + reason);
        Assumptions.abort(reason);
    }

    /** What this machine lacks for real hosts, if anything: root, the tools, working namespaces. */
    static Optional<String> whyNot() {
        if (!System.getProperty("os.name").equals("Linux")) return Optional.of("Linux");
        try {
            String status = Files.readString(Path.of("/proc/self/status"));
            if (!status.lines().anyMatch(line -> line.matches("Uid:\\s+0\\s.*"))) return Optional.of("root");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String tool : TOOLS) {
            if (!Files.isExecutable(Path.of(tool))) {
                return Optional.of(tool + " (apt-get install openssh-server lvm2 drbd-utils, as .ci/run does)");
            }
        }
        if (!Files.exists(Path.of("/dev/loop-control"))) return Optional.of("loop devices (/dev/loop-control)");
        RealHosts.Run probe = RealHosts.run(List.of("unshare", "--mount", "--uts", "--propagation", "private", "true"), Map.of(), 30);
        if (probe.exitCode() != 0) return Optional.of("mount and UTS namespaces (unshare: " + probe.stderr().strip() + ")");
        return Optional.empty();
    }
}
