package dev.berth.realhost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Java programs of scripts/realhost (bench-peers runs them, outside the test suite) still
 * compile against Berth and sshj: a renamed method would otherwise break the benchmark unseen.
 */
class BenchmarkProgramsCompileTest {
    @Test
    void everyProgramCompiles(@TempDir Path out) throws IOException {
        List<String> programs;
        try (Stream<Path> files = Files.list(Path.of("scripts/realhost"))) {
            programs = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs in scripts/realhost");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", out.toString(),
                "-cp", System.getProperty("java.class.path")));
        arguments.addAll(programs);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));
        assertEquals(0, status, errors.toString());
    }
}
