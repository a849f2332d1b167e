package dev.berth.spec;

import dev.berth.testing.CliRun;
import dev.berth.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every stack under src/test/resources/invalid-stacks: its validate report is golden. */
class InvalidStacksTest {
    static final Path CASES = Golden.projectDir().resolve("src/test/resources/invalid-stacks");
    /** Valid stacks kept here for their warnings. */
    static final List<String> VALID_WITH_WARNINGS = List.of("quorum-warning");

    @TestFactory
    Stream<DynamicTest> eachCaseHasItsApprovedReport() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.sorted().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                String name = folder.getFileName().toString();
                CliRun run = CliRun.of("validate", relative(folder));
                assertEquals(VALID_WITH_WARNINGS.contains(name) ? 0 : 1, run.exitCode(), run::toString);
                assertFalse(run.err().contains("Exception"), run::toString);
                Golden.verify("validate/" + name, run.out());
            })).toList().stream();
        }
    }

    @Test
    void jsonReportNamesPositionsAndPointers() {
        CliRun run = CliRun.of("validate", "--format", "json", relative(CASES.resolve("bad-references")));
        assertEquals(1, run.exitCode(), run::toString);
        Golden.verify("validate/bad-references", "json", run.out());
    }

    /** Paths in reports are as the user typed them: relative to the project, stable across machines. */
    static String relative(Path path) {
        return Golden.projectDir().relativize(path).toString();
    }
}
