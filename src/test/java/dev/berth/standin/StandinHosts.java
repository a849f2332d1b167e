package dev.berth.standin;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.berth.testing.Golden;
import dev.berth.testing.RealDrbdadm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A few "hosts" for the stand-in without namespaces: one root per host name
 * ({@code BERTH_STANDIN_ROOT}, {@code BERTH_STANDIN_NODE}), one shared folder, a {@code devices}
 * file in place of LVM, and the real drbdadm run as each host ({@code __DRBD_NODE__}) with the
 * shims first in PATH. The resident server runs in this JVM; without it ({@code resident} false)
 * each call starts a JVM on a jar of target/classes (made once per test JVM), with class-data
 * sharing as on real hosts.
 */
final class StandinHosts implements AutoCloseable {
    record Run(int exitCode, String stdout, String stderr) {
        Run assertSucceeded(String what) {
            assertTrue(exitCode == 0, () -> what + " exited " + exitCode + ":\n" + stdout + stderr);
            return this;
        }
    }

    private static Path jar;
    private final Path folder;
    private final Path config;
    private final RealDrbdadm drbdadm;
    private final boolean resident;
    private StandinServer server;

    StandinHosts(Path folder, List<String> hosts, boolean resident) throws IOException {
        this.folder = folder;
        this.drbdadm = RealDrbdadm.requireInstalled(folder);
        Files.createDirectories(shared());
        Files.writeString(shared().resolve("classpath"), classPath());
        for (String host : hosts) {
            Files.createDirectories(root(host));
            Files.writeString(root(host).resolve("shared-dir"), shared().toString());
        }
        this.config = drbdadm.configFor("", "r0.res");
        this.resident = resident;
        if (resident) server = StandinServer.start(shared());
    }

    @Override
    public void close() {
        if (server != null) server.close();
    }

    Path shared() { return folder.resolve("shared"); }

    Path root(String host) { return folder.resolve("hosts").resolve(host); }

    void resourceFile(String text) throws IOException { Files.writeString(folder.resolve("r0.res"), text); }

    /** The backing devices {@code host} has, one {@code PATH BYTES UUID} line each. */
    void devices(String host, String... lines) throws IOException {
        Files.writeString(root(host).resolve("devices"), String.join("\n", lines) + "\n");
    }

    Run drbdadm(String host, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("drbdadm", "-c", config.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(argv);
        Map<String, String> environment = builder.environment();
        environment.putAll(environment(host));
        environment.put("PATH", Golden.projectDir().resolve("scripts/realhost") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin")
                + ":/usr/sbin:/sbin");
        environment.put("__DRBD_NODE__", host);
        environment.put("DRBD_DRIVER_VERSION_OVERRIDE", "9.2.5");
        environment.put("BERTH_STANDIN_SERVER", resident ? "1" : "0");
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("drbdadm did not finish: " + argv);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** drbdsetup or drbdmeta as Berth runs it over ssh, in this JVM (the same code the shims start). */
    Run direct(String host, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StandinMain.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment(host), List.of(argv));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What the shims were called with on {@code host}, in order (their calls.log). */
    List<String> calls(String host) {
        Path log = root(host).resolve("calls.log");
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> environment(String host) {
        Map<String, String> environment = new HashMap<>();
        environment.put("BERTH_STANDIN_ROOT", root(host).toString());
        environment.put("BERTH_STANDIN_NODE", host);
        return environment;
    }

    /** This JVM's class path with target/classes as a jar, and without the test classes. */
    private static synchronized String classPath() throws IOException {
        Path classes = Golden.projectDir().resolve("target/classes");
        if (jar == null) {
            Path made = Files.createTempFile("berth-standin", ".jar");
            made.toFile().deleteOnExit();
            try (OutputStream file = Files.newOutputStream(made); JarOutputStream out = new JarOutputStream(file);
                 Stream<Path> files = Files.walk(classes)) {
                for (Path each : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(each).toString().replace('\\', '/')));
                    Files.copy(each, out);
                    out.closeEntry();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            jar = made;
        }
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("surefire")) entries.add(entry);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
