package dev.berth.testing;

import dev.berth.desired.DesiredCluster;
import dev.berth.spec.StackReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The stacks under examples/stacks: every test that runs "each example" takes them from here. */
public final class Examples {
    public static final Path FOLDER = Golden.projectDir().resolve("examples/stacks");

    private Examples() {}

    public static Stream<Path> folders() {
        try (Stream<Path> folders = Files.list(FOLDER)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DesiredCluster load(String name) {
        return StackReader.read(FOLDER.resolve(name)).cluster().orElseThrow();
    }
}
