package dev.berth.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the installed drbdadm against files in a temporary folder, pretending to be a given host
 * ({@code __DRBD_NODE__}) and a DRBD 9.2 kernel, so no module or matching hostname is needed.
 * Without drbdadm the caller is skipped with a printed reason, except under CI=true, where the
 * pipeline installs drbd-utils and a missing tool must fail rather than pass silently.
 */
public final class RealDrbdadm {
    public record Run(int exitCode, String stdout, String stderr) {}

    private final Path program;
    private final Path folder;

    private RealDrbdadm(Path program, Path folder) {
        this.program = program;
        this.folder = folder;
    }

    public static RealDrbdadm requireInstalled(Path folder) {
        Optional<Path> found = locate();
        if (found.isEmpty()) {
            String reason = "drbdadm is not installed (apt-get install drbd-utils); the comparison with the real tool is skipped";
            if ("true".equals(System.getenv("CI"))) fail("CI=true but " + reason);
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return new RealDrbdadm(found.get(), folder);
    }

    /** -Dberth.drbdadm=PATH picks one binary (and shows the skip/fail path when it does not exist). */
    private static Optional<Path> locate() {
        String chosen = System.getProperty("berth.drbdadm");
        if (chosen != null) return Optional.of(Path.of(chosen)).filter(Files::isExecutable);
        var folders = new ArrayList<String>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.addAll(List.of("/usr/sbin", "/sbin", "/usr/local/sbin"));
        return folders.stream().filter(f -> !f.isEmpty()).map(f -> Path.of(f, "drbdadm")).filter(Files::isExecutable).findFirst();
    }

    /** Writes the resource file and a drbd.conf that includes it after a global section. */
    public Path configFor(String resourceFile, String fileName) throws IOException {
        Path resource = folder.resolve(fileName);
        Files.writeString(resource, resourceFile, StandardCharsets.UTF_8);
        Path config = folder.resolve(fileName + ".conf");
        // Without disable-ip-verification drbdadm checks that the addresses exist on this machine.
        Files.writeString(config, "global { disable-ip-verification; usage-count no; }\ninclude \"" + resource + "\";\n");
        return config;
    }

    /** {@code drbdadm -c <config> <args...>} as {@code host}. */
    public Run run(Path config, String host, List<String> args) throws IOException, InterruptedException {
        // Called by bare name, as an operator would: given an absolute path, drbdadm prints
        // drbdsetup and drbdmeta with that path's folder in front.
        var argv = new ArrayList<String>(List.of("drbdadm", "-c", config.toString()));
        argv.addAll(args);
        var builder = new ProcessBuilder(argv);
        builder.environment().put("PATH", program.getParent() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("__DRBD_NODE__", host);
        builder.environment().put("DRBD_DRIVER_VERSION_OVERRIDE", "9.2.5");
        // -d adjust still asks the kernel via 'drbdsetup show'; an empty answer = not in the kernel.
        Path emptyShow = folder.resolve("empty-show");
        if (!Files.exists(emptyShow)) Files.writeString(emptyShow, "");
        builder.environment().put("FAKE_DRBDSETUP_SHOW", emptyShow.toString());
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("drbdadm did not finish: " + argv);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The argv lines of {@code drbdadm -d} output, undoing its backslash shell escapes. */
    public static List<List<String>> commandLines(String dryRunOutput) {
        var lines = new ArrayList<List<String>>();
        for (String line : dryRunOutput.split("\n")) {
            if (line.isBlank()) continue;
            var words = new ArrayList<String>();
            var word = new StringBuilder();
            boolean inWord = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                    inWord = true;
                } else if (c == ' ') {
                    if (inWord) words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) words.add(word.toString());
            lines.add(words);
        }
        return lines;
    }
}
