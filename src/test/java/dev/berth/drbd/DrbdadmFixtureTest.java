package dev.berth.drbd;

import dev.berth.testing.RealDrbdadm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Command;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The same checks as {@link DrbdadmComparisonTest}, against the verbatim outputs the real
 * drbdadm 9.22 gave, so they run on machines without drbd-utils too.
 */
class DrbdadmFixtureTest {
    private static final String FOLDER = "/fixtures/drbdadm/";

    @TestFactory
    Stream<DynamicTest> expansionsEqualRecordedDryRuns() {
        var tests = new ArrayList<DynamicTest>();
        for (DrbdadmCases.Case c : DrbdadmCases.all()) {
            tests.add(DynamicTest.dynamicTest(c.fixture(), () -> {
                Expansion predicted = DrbdadmExpander.expand(c.resource(), c.host(), c.request(), SampleResources.secretFor(c.resource()));
                if (predicted.isRefused()) {
                    Expansion.Refused refused = (Expansion.Refused) predicted;
                    String stderr = fixture(c.fixture().replace(".txt", ".refused-" + refused.exitCode() + ".txt")).orElseThrow();
                    assertTrue(stderr.contains(refused.message()), stderr);
                } else {
                    String stdout = fixture(c.fixture()).orElseThrow();
                    assertEquals(RealDrbdadm.commandLines(stdout), predicted.commands().stream().map(Command::argv).toList());
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> writerOutputIsTheRecordedFileAndDumpsReadBack() {
        var tests = new ArrayList<DynamicTest>();
        for (Map.Entry<String, ResourceConfig> entry : SampleResources.all().entrySet()) {
            ResourceConfig resource = entry.getValue();
            tests.add(DynamicTest.dynamicTest(entry.getKey() + ".res", () ->
                    assertEquals(fixture(entry.getKey() + ".res").orElseThrow(), SampleResources.fileFor(resource))));
            for (HostConfig host : resource.hosts()) {
                String name = entry.getKey() + "." + host.hostname() + ".dump.txt";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    ParseResult parsed = ResourceFileParser.parse(fixture(name).orElseThrow());
                    assertTrue(parsed.succeeded(), () -> parsed.problem().orElseThrow().toString());
                    assertEquals(resource, parsed.resources().get(0).resource().withSharedSecret(resource.sharedSecret()));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void dumpAllReadsEveryResourceIncludingOnesThisHostIsNotIn() throws IOException {
        ParseResult parsed = ResourceFileParser.parse(fixture("dump-all.alpha.txt").orElseThrow());
        // drbdadm marks web-data "ignored" for alpha but still prints it; the caller filters by host.
        assertEquals(List.of(SampleResources.threeDiskful(), SampleResources.twoVolumes(), SampleResources.twoDiskfulOneDiskless()),
                parsed.resources().stream().map(p -> p.resource().withSharedSecret(
                        SampleResources.all().values().stream().filter(r -> r.name().equals(p.resource().name())).findFirst().orElseThrow().sharedSecret()))
                        .toList());
    }

    static Optional<String> fixture(String name) throws IOException {
        try (InputStream in = DrbdadmFixtureTest.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
