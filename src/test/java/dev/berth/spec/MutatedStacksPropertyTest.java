package dev.berth.spec;

import dev.berth.testing.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property: whatever is done to a valid example (keys deleted, types changed, unknown keys,
 * truncation, garbage bytes), reading it never throws; it is valid or it has error diagnostics;
 * and the edits that are invalid by construction are always reported invalid. Seeded, so a
 * failure reproduces: rerun with {@code -Dberth.seed=N}.
 */
class MutatedStacksPropertyTest {
    static final int TRIES_PER_EXAMPLE = Integer.getInteger("berth.tries", 400);
    static final long SEED = Long.getLong("berth.seed", 20261125L);

    @TestFactory
    Stream<DynamicTest> mutatedExamplesNeverThrow() throws IOException {
        return ExamplesTest.examples().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            byte[] text = Files.readAllBytes(folder.resolve("stack.yaml"));
            var document = YamlReader.read("stack.yaml", text).document().orElseThrow().root();
            Random random = new Random(SEED ^ folder.getFileName().toString().hashCode());
            for (int i = 0; i < TRIES_PER_EXAMPLE; i++) {
                StackMutations.Mutation mutation = StackMutations.any(random, document, text);
                check(folder, i, mutation);
            }
        }));
    }

    private static void check(Path folder, int attempt, StackMutations.Mutation mutation) {
        String context = folder.getFileName() + " #" + attempt + " (" + mutation.description() + ", seed " + SEED + ")";
        LoadedStack loaded;
        try {
            loaded = StackReader.read("stack.yaml", mutation.content());
        } catch (RuntimeException | StackOverflowError e) {
            fail(context + " threw " + e);
            return;
        }
        if (!loaded.isValid()) assertFalse(loaded.errors().isEmpty(), context + ": invalid without an error");
        if (mutation.invalidByConstruction()) assertFalse(loaded.isValid(), context + ": should be invalid");
        loaded.diagnostics().forEach(d -> assertTrue(d.position().isPresent(), context + ": unplaced " + d.format()));
    }

    @Test
    void theCliExitsZeroOrOneOnMutatedFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path example = ExamplesTest.EXAMPLES.resolve("mysql-ha/stack.yaml");
        byte[] text = Files.readAllBytes(example);
        var document = YamlReader.read("stack.yaml", text).document().orElseThrow().root();
        Random random = new Random(SEED);
        for (int i = 0; i < 60; i++) {
            StackMutations.Mutation mutation = StackMutations.any(random, document, text);
            Path file = dir.resolve("stack-" + i + ".yaml");
            Files.write(file, mutation.content());
            CliRun run = CliRun.of("validate", file.toString());
            assertTrue(run.exitCode() == 0 || run.exitCode() == 1, mutation.description() + "\n" + run);
            if (mutation.invalidByConstruction()) assertEquals(1, run.exitCode(), mutation.description() + "\n" + run);
            assertEquals("", run.err(), mutation.description());
        }
    }
}
