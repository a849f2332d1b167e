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

    /** A stack from YAML text (a variation of an example), or an AssertionError with its diagnostics. */
    public static DesiredCluster parse(String yaml) {
        var loaded = StackReader.read("stack.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return loaded.cluster().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
    }

    /** The MySQL demo's YAML with a spare fourth node in zone c (with a disk), so that replicas have somewhere to move. */
    public static String withWorker4(String mysqlHa) {
        return mysqlHa.replace("worker-3: { address: 192.0.2.13, labels: { zone: c } }",
                        "worker-3: { address: 192.0.2.13, labels: { zone: c } }\n  worker-4: { address: 192.0.2.14, labels: { zone: c } }")
                .replace("devices: { worker-1: [/dev/nvme0n1], worker-2: [/dev/nvme0n1], worker-3: [/dev/nvme0n1] }",
                        "devices: { worker-1: [/dev/nvme0n1], worker-2: [/dev/nvme0n1], worker-3: [/dev/nvme0n1], worker-4: [/dev/nvme0n1] }");
    }
}
