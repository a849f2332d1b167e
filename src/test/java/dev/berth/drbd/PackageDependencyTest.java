package dev.berth.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** dev.berth.drbd is the base the planner and the simulator share: it may use only the model and the JDK. */
class PackageDependencyTest {
    @Test
    void importsOnlyTheModelAndTheJdk() throws IOException {
        Path folder = Path.of(System.getProperty("berth.project.dir", "."), "src/main/java/dev/berth/drbd");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> offending = files.flatMap(file -> lines(file).stream().map(line -> file.getFileName() + ": " + line))
                    .filter(line -> line.contains(": import "))
                    .filter(line -> !line.matches(".*: import (static )?(java\\.|dev\\.berth\\.model\\.).*"))
                    .toList();
            assertEquals(List.of(), offending);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
