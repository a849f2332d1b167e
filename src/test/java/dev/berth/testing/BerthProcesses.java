package dev.berth.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/berth} (or another command) as a process of its own, run in the project folder on the
 * packaged jar, as failsafe tests need it: its class-data archives under the test's folder
 * ({@code XDG_CACHE_HOME=DIR/cache}), this JVM's Java, no {@code BERTH_JAVA_OPTS} from outside.
 */
public final class BerthProcesses {
    public static final Path PROJECT = Golden.projectDir();

    /** What a finished process gave. */
    public record Run(int exit, String out, String err) {}

    /** A process with the files its output goes to. */
    public record Started(Process process, Path out, Path err) {}

    private BerthProcesses() {}

    /** {@code bin/berth ARGS}, run to its end. */
    public static Run berth(Path dir, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PROJECT.resolve("bin/berth").toString()));
        command.addAll(List.of(args));
        return finish(start(dir, environment, command));
    }

    public static Started start(Path dir, Map<String, String> environment, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("BERTH_JAVA_OPTS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        return new Started(builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
    }

    public static Run finish(Started started) throws Exception {
        if (!started.process().waitFor(2, TimeUnit.MINUTES)) {
            started.process().destroyForcibly();
            throw new AssertionError(started.process().info().commandLine().orElse("berth") + " did not finish");
        }
        return new Run(started.process().exitValue(), Files.readString(started.out()), Files.readString(started.err()));
    }
}
