package dev.berth.spec;

import dev.berth.desired.DesiredCluster;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every folder in examples/stacks is a valid stack whose name is its folder's name. */
class ExamplesTest {
    static final Path EXAMPLES = Examples.FOLDER;

    static Stream<Path> examples() { return Examples.folders(); }

    @TestFactory
    Stream<DynamicTest> everyExampleValidatesWithoutWarnings() throws IOException {
        return examples().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            LoadedStack loaded = StackReader.read(folder);
            assertTrue(loaded.diagnostics().isEmpty(), () -> loaded.diagnostics().toString());
            DesiredCluster cluster = loaded.cluster().orElseThrow();
            assertEquals(folder.getFileName().toString(), cluster.name());
        }));
    }

    @Test
    void thereAreExamplesToRun() throws IOException {
        assertTrue(examples().count() >= 5);
    }

    @Test
    void theMysqlDemoIsTheWebinarsShape() {
        DesiredCluster cluster = StackReader.read(EXAMPLES.resolve("mysql-ha")).cluster().orElseThrow();
        assertEquals(3, cluster.nodes().size());
        assertEquals(3, cluster.resources().size());
        cluster.resources().values().forEach(r -> assertEquals(3, cluster.group(r.group()).orElseThrow().replicas()));
    }

    @Test
    void theDigestIgnoresCommentsAndLayout() {
        LoadedStack flow = StackReader.read("a.yaml", "apiVersion: berth/v1\nkind: Stack\nname: x\nnodes: { a: { address: 10.0.0.1 } }\n".getBytes());
        LoadedStack block = StackReader.read("b.yaml", "# a comment\nname: x\nkind: Stack\napiVersion: berth/v1\nnodes:\n  a:\n    address: '10.0.0.1'\n".getBytes());
        assertEquals(flow.digest(), block.digest());
        assertTrue(flow.digest().orElseThrow().startsWith("sha256:"));
    }
}
