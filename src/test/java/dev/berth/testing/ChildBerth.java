package dev.berth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code berth} as a separate process: the test's own classpath ({@code java -cp}, so it works under
 * {@code mvn verify} without the packaged jar) and {@code dev.berth.cli.Main}, its streams in files.
 * For what in-process runs cannot show: a {@code kill -9} ({@link Process#destroyForcibly} sends
 * SIGKILL on Unix) and two JVMs competing for the same hosts.
 */
public final class ChildBerth {
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildBerth(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code berth ARGS…} with its streams in {@code folder/<name>.out} and {@code .err}. */
    public static ChildBerth start(Path folder, String name, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.berth.cli.Main"));
        command.addAll(List.of(args));
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        try {
            Files.createDirectories(folder);
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("CI"); // the child decides its output itself, from its (absent) terminal
            return new ChildBerth(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM", e);
        }
    }

    /** Its exit code, waiting at most two minutes of real time (a hung child fails the test instead of the build). */
    public int exitCode() {
        try {
            if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("berth did not end within " + LIMIT + ":\n" + this);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for berth", e);
        }
    }

    /** SIGKILL, as {@code kill -9} sends: no shutdown hook, no finally block, no flush runs. */
    public void killHard() {
        process.destroyForcibly();
        exitCode();
    }

    /** Polls (real time: the child runs on its own clock) until the condition holds or the child ended; false when it ended first. */
    public boolean awaitWhileRunning(BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            if (!process.isAlive()) return condition.getAsBoolean();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        throw new AssertionError("waited " + LIMIT + " in vain:\n" + this);
    }

    public String out() { return read(out); }

    public String err() { return read(err); }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return (process.isAlive() ? "running" : "exit " + process.exitValue()) + "\n--- stdout\n" + out() + "--- stderr\n" + err();
    }
}
