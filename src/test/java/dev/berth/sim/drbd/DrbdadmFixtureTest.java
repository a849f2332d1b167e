package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import dev.berth.sim.LabDevice;
import dev.berth.sim.LabNode;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimLab;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated drbdadm against verbatim drbdadm 9.22 output (fixtures/drbdadm): every
 * {@code <case>.<host>.<verb>.txt} made with {@code drbdadm -d} must equal the lab's {@code -d}
 * byte for byte, every refusal must have the same exit code and message, and every
 * {@code <case>.<host>.dump.txt} must equal the lab's {@code drbdadm dump} but for the file path.
 */
class DrbdadmFixtureTest {
    private static final Map<String, String> RESOURCES = Map.of("three-diskful", "r0", "two-diskful-one-diskless", "web-data", "two-volumes", "db");
    private static final Pattern FIXTURE = Pattern.compile("(three-diskful|two-diskful-one-diskless|two-volumes)\\.([a-z-]+?)\\.([a-z0-9-]+?)(\\.refused-(\\d+))?\\.txt");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyDryRunAndDumpFixtureIsReproduced() throws IOException {
        Path folder = Path.of("src/test/resources/fixtures/drbdadm");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = FIXTURE.matcher(file.getFileName().toString());
                if (!name.matches() || name.group(2).startsWith("as-")) continue;
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(name, Files.readString(file))));
            }
        }
        assertTrue(tests.size() > 90, "fixtures found: " + tests.size());
        return tests.stream();
    }

    private void check(Matcher name, String expected) throws IOException {
        String resourceCase = name.group(1);
        String host = name.group(2);
        String verb = name.group(3);
        SimHost lab = hostWith(host, resourceCase);
        String resource = RESOURCES.get(resourceCase);
        if (verb.equals("dump")) {
            CommandResult dump = run(lab, List.of("drbdadm", "dump", resource));
            String path = "/etc/drbd.d/" + resourceCase + ".res";
            assertEquals(expected.replaceFirst("# defined at \\S+?\\.res:", "# defined at " + path + ":"), dump.stdout());
            return;
        }
        List<String> argv = new ArrayList<>(List.of("drbdadm", "-d"));
        argv.addAll(verbLine(verb, resource));
        CommandResult result = run(lab, argv);
        if (name.group(5) != null) {
            assertEquals(Integer.parseInt(name.group(5)), result.exitCode(), result.toString());
            String message = expected.lines().filter(l -> !l.isBlank() && !l.contains("__DRBD_NODE__") && !l.contains("PRETENDING")).findFirst().orElseThrow();
            assertEquals(message + "\n", result.stderr());
        } else {
            assertEquals(new CommandResult(0, expected, ""), result);
        }
    }

    /** The drbdadm line each fixture name stands for (DrbdadmCases in the drbd model's tests). */
    static List<String> verbLine(String name, String resource) {
        Matcher volume = Pattern.compile("(attach|create-md|resize|new-current-uuid)-(\\d)(-.*)?").matcher(name);
        List<String> line = new ArrayList<>();
        if (name.contains("max-peers-7")) line.addAll(List.of("--max-peers", "7"));
        for (String flag : List.of("force-resync", "clear-bitmap", "assume-clean")) if (name.endsWith(flag)) line.addAll(List.of("--", "--" + flag));
        if (name.endsWith("-force") && !name.endsWith("force-resync")) line.addAll(List.of("--", "--force"));
        if (volume.matches()) return concat(line, volume.group(1), resource + "/" + volume.group(2));
        if (name.equals("forget-peer-gamma")) return concat(line, "forget-peer", resource + ":gamma");
        String verb = name.replace("-max-peers-7", "").replace("-force", "").replace("-assume-clean", "");
        return concat(line, verb, resource);
    }

    private static List<String> concat(List<String> first, String verb, String target) {
        List<String> all = new ArrayList<>(first);
        all.add(verb);
        all.add(target);
        return all;
    }

    private SimHost hostWith(String hostname, String resourceCase) throws IOException {
        Path labDir = Files.createTempDirectory(dir, hostname);
        Files.delete(labDir);
        SimLab lab = SimLab.create(labDir, List.of(new LabNode("host", hostname, "10.99.0.1", List.of(LabDevice.blank("/dev/sdb", Size.ofGiB(1))))));
        String file = fixture(resourceCase + ".res");
        try {
            lab.host("host").files().write("/etc/drbd.d/" + resourceCase + ".res", file, 0644);
        } catch (dev.berth.sim.HostFiles.Problem problem) {
            throw new IOException(problem.getMessage());
        }
        return lab.host("host");
    }

    private static CommandResult run(SimHost host, List<String> argv) {
        return host.run(new Command(argv), "");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = DrbdadmFixtureTest.class.getResourceAsStream("/fixtures/drbdadm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
