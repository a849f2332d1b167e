package dev.berth.cli;

import dev.berth.testing.BerthProcesses;
import dev.berth.testing.BerthProcesses.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/berth} on the packaged jar (so a failsafe test, after {@code package}): the first run
 * of a build writes the class-data archive, later runs map it, and neither changes what a command
 * prints or the exit code it gives, even with a damaged archive.
 */
class LauncherIT {
    private static final String VALID = "examples/stacks/mysql-ha/stack.yaml: valid (0 errors, 0 warnings)\n";

    @TempDir
    Path cache;

    @Test
    void theFirstRunWritesTheArchiveAndLaterRunsMapIt() throws Exception {
        Run first = berth(Map.of(), "validate", "examples/stacks/mysql-ha");
        assertEquals(new Run(0, VALID, ""), first);
        assertEquals(1, archives().size(), "one archive for this build of the jar");
        try (Stream<Path> files = Files.list(cache.resolve("cache/berth"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".partial")), "no half-written archive is left");
        }
        // -Xshare:on makes a JVM that cannot map the archive stop at once: exit 0 says it was used
        assertEquals(new Run(0, VALID, ""), berth(Map.of("BERTH_JAVA_OPTS", "-Xshare:on"), "validate", "examples/stacks/mysql-ha"));
        assertEquals(new Run(0, VALID, ""), berth(Map.of("BERTH_CDS", "off"), "validate", "examples/stacks/mysql-ha"));
    }

    @Test
    void exitCodesAndErrorsPassThroughBothTheFirstRunAndLaterOnes() throws Exception {
        Path stack = cache.resolve("bad/stack.yaml");
        Files.createDirectories(stack.getParent());
        Files.writeString(stack, "apiVersion: berth/v1\nkind: Stack\nname: bad\nnodes: 3\n");
        for (int run = 0; run < 2; run++) {
            Run bad = berth(Map.of(), "validate", stack.getParent().toString());
            assertEquals(1, bad.exit(), "run " + run);
            assertTrue(bad.out().contains("stack.yaml:4:8: error: expected a mapping"), bad.out());
        }
        assertEquals(64, berth(Map.of(), "validat", "x").exit());
    }

    @Test
    void aDamagedArchiveIsSkippedWithoutAWord() throws Exception {
        berth(Map.of(), "validate", "examples/stacks/mysql-ha");
        Path archive = archives().get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        assertEquals(new Run(0, VALID, ""), berth(Map.of(), "validate", "examples/stacks/mysql-ha"));
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("cache/berth"))) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    private Run berth(Map<String, String> environment, String... args) throws Exception {
        return BerthProcesses.berth(cache, environment, args);
    }
}
