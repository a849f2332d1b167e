package dev.berth.drbd;

import dev.berth.testing.RealDrbdadm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the model against the real drbdadm 9.22: every predicted expansion equals what
 * {@code drbdadm -d} prints, every written file passes {@code drbdadm dump} on every host, and the
 * dump reads back to the same model. Set -Dberth.fixtures.write=DIR to refresh the fixtures.
 */
class DrbdadmComparisonTest {
    @TempDir
    Path folder;

    /** A plain test, so that a machine without drbdadm shows one skipped test rather than none. */
    @Test
    void drbdadmIsInstalled() {
        RealDrbdadm.requireInstalled(folder);
    }

    @TestFactory
    Stream<DynamicTest> expansionsEqualDrbdadmDryRun() throws Exception {
        RealDrbdadm drbdadm = RealDrbdadm.requireInstalled(folder);
        var tests = new ArrayList<DynamicTest>();
        for (DrbdadmCases.Case c : DrbdadmCases.all()) {
            tests.add(DynamicTest.dynamicTest(c.fixture(), () -> {
                Path config = drbdadm.configFor(SampleResources.fileFor(c.resource()), c.resourceCase() + ".res");
                List<String> args = new ArrayList<>(List.of("-d"));
                List<String> typed = c.request().drbdadmArgv();
                args.addAll(typed.subList(1, typed.size()));
                RealDrbdadm.Run run = drbdadm.run(config, c.host(), args);
                Expansion predicted = DrbdadmExpander.expand(c.resource(), c.host(), c.request(), SampleResources.secretFor(c.resource()));
                FixtureFiles.writeIfAsked(c, run);
                if (predicted.isRefused()) {
                    Expansion.Refused refused = (Expansion.Refused) predicted;
                    assertEquals(refused.exitCode(), run.exitCode(), run.stderr());
                    assertTrue(run.stderr().contains(refused.message()), run.stderr());
                } else {
                    assertEquals(0, run.exitCode(), run.stderr());
                    assertEquals(RealDrbdadm.commandLines(run.stdout()), predicted.commands().stream().map(Command::argv).toList());
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> drbdadmDumpAcceptsWrittenFilesAndReadsBack() throws Exception {
        RealDrbdadm drbdadm = RealDrbdadm.requireInstalled(folder);
        var tests = new ArrayList<DynamicTest>();
        for (Map.Entry<String, ResourceConfig> entry : SampleResources.all().entrySet()) {
            ResourceConfig resource = entry.getValue();
            for (HostConfig host : resource.hosts()) {
                for (boolean redacted : List.of(false, true)) {
                    String name = entry.getKey() + "." + host.hostname() + ".dump" + (redacted ? "-redacted" : "");
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        String file = redacted ? ResourceFileWriter.writeRedacted(resource) : SampleResources.fileFor(resource);
                        Path config = drbdadm.configFor(file, entry.getKey() + ".res");
                        RealDrbdadm.Run run = drbdadm.run(config, host.hostname(), List.of("dump", resource.name()));
                        assertEquals(0, run.exitCode(), run.stderr());
                        if (!redacted) FixtureFiles.writeDumpIfAsked(name + ".txt", run.stdout());
                        ParseResult parsed = ResourceFileParser.parse(run.stdout());
                        assertTrue(parsed.succeeded(), () -> parsed.problem().orElseThrow() + "\n" + run.stdout());
                        // A dump drops comments, so the secret's source reads back as "inline".
                        assertEquals(resource, parsed.resources().get(0).resource().withSharedSecret(resource.sharedSecret()));
                        if (!redacted && resource.sharedSecret().isPresent()) {
                            assertEquals(SampleResources.SECRET.digest(), parsed.resources().get(0).sharedSecret().orElseThrow().digest());
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Refreshes src/test/resources/fixtures/drbdadm when -Dberth.fixtures.write names that folder. */
    static final class FixtureFiles {
        private FixtureFiles() {}

        static void writeIfAsked(DrbdadmCases.Case c, RealDrbdadm.Run run) throws Exception {
            String folder = System.getProperty("berth.fixtures.write");
            if (folder == null) return;
            Files.writeString(Path.of(folder, c.resourceCase() + ".res"), SampleResources.fileFor(c.resource()));
            String name = run.exitCode() == 0 ? c.fixture() : c.fixture().replace(".txt", ".refused-" + run.exitCode() + ".txt");
            Files.writeString(Path.of(folder, name), run.exitCode() == 0 ? run.stdout() : run.stderr());
        }

        static void writeDumpIfAsked(String name, String text) throws Exception {
            String folder = System.getProperty("berth.fixtures.write");
            if (folder != null) Files.writeString(Path.of(folder, name), text);
        }
    }
}
