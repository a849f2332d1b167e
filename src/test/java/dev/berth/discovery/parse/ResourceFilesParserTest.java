package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Secret;
import dev.berth.observed.ResourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resource files in /etc/drbd.d as {@code path NUL content NUL} (captured with another start folder; see fixtures/find/SOURCES.md). */
class ResourceFilesParserTest {
    private static final dev.berth.model.Command FIND = DiscoveryCommands.RESOURCE_FILES;

    @Test
    void berthsFileAnotherToolsFileAndABrokenOne() {
        List<ResourceFile> files = value(ResourceFilesParser.parse(Fixtures.output(FIND, 0, "find", "resource-files.bin")));
        assertEquals(List.of("linstor-r0.res", "no-newline.res", "r0.res"), files.stream().map(ResourceFile::fileName).toList());
        ResourceFile linstor = files.get(0);
        assertFalse(linstor.writtenByBerth());
        assertFalse(linstor.content().contains("Xq2vCFp8L7bWkLz9dPq1"));
        assertTrue(linstor.content().contains("shared-secret     \"<redacted>\";"));
        ResourceFile broken = files.get(1);
        assertEquals("resource \"broken\" {\n    on alpha {", broken.content());
        assertEquals(Map.of(), broken.secretDigests());
        ResourceFile berths = files.get(2);
        assertTrue(berths.writtenByBerth());
        assertEquals(Map.of("r0", Secret.of("x", "not so \"secret\"").digest()), berths.secretDigests());
        assertFalse(berths.content().contains("not so"));
        assertTrue(berths.content().contains("# shared-secret source: env:R0_SECRET"));
        assertFalse(files.toString().contains("secret\\\""));
    }

    @Test
    void anEmptyOrMissingFolderHasNoFiles() {
        assertEquals(List.of(), value(ResourceFilesParser.parse(Fixtures.output(FIND, 0, "find", "resource-files-empty.bin"))));
        assertEquals(List.of(), value(ResourceFilesParser.parse(Fixtures.output(FIND, 1, "find", "resource-files-missing-dir.bin"))));
    }

    @Test
    void anUnreadableFileOrACutRecordMakesTheListingUnknown() {
        CommandOutput denied = CommandOutput.of("alpha", FIND, 0, "/etc/drbd.d/r0.res\0\0", "cat: /etc/drbd.d/r0.res: Permission denied\n");
        assertTrue(failure(ResourceFilesParser.parse(denied), denied).contains("Permission denied"));
        String text = Fixtures.required("find", "resource-files.bin");
        CommandOutput cut = Fixtures.output(FIND, 0, text.substring(0, text.length() - 1));
        assertTrue(failure(ResourceFilesParser.parse(cut), cut).contains("the one of /tmp/berth-parse-capture/root/etc/drbd.d/no-newline.res is incomplete"));
    }

    @Test
    void redactionCoversQuotedAndBareSecrets() {
        assertEquals("net { shared-secret \"<redacted>\"; }", SecretRedaction.redact("net { shared-secret \"a \\\" b;\"; }"));
        assertEquals("    shared-secret    \"<redacted>\";\n", SecretRedaction.redact("    shared-secret    Xq2vCFp8L7bWkLz9dPq1;\n"));
        assertEquals("cram-hmac-alg sha1;", SecretRedaction.redact("cram-hmac-alg sha1;"));
        assertEquals("# shared-secret source: env:X\nshared-secret \"<redacted>\";",
                SecretRedaction.redact("# shared-secret source: env:X\nshared-secret \"v\";"));
        assertEquals("    \"shared-secret\": \"<redacted>\",", SecretRedaction.redactLine("    \"shared-secret\": \"Xq2v\\\"x\","));
    }
}
