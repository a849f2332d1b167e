package dev.berth.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The committed DRBD option schema is exactly what the generator makes of the committed
 * xml-help fixtures, the fixtures are what the installed drbd-utils prints, and the schema
 * accepts and rejects what a stack author would expect.
 *
 * <p>To regenerate after changing the generator or the fixtures:
 * {@code mvn -q test -Dtest=DrbdOptionsSchemaTest -Dberth.regenerate=true}.
 */
class DrbdOptionsSchemaTest {

    private static final Path PROJECT = Path.of(System.getProperty("berth.project.dir", "."));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedSchemaIsWhatTheGeneratorMakesOfTheFixtures() throws IOException {
        String generated = DrbdOptionsSchemaGenerator.generate(DrbdOptionsSchemaGenerator.readFixtures(PROJECT));
        Path file = PROJECT.resolve(DrbdOptionsSchemaGenerator.SCHEMA_FILE);
        if (Boolean.getBoolean("berth.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            System.out.println("DrbdOptionsSchemaTest: regenerated " + file);
        }
        assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8),
                file + " is out of date with its fixtures or generator; regenerate it with"
                        + " mvn -q test -Dtest=DrbdOptionsSchemaTest -Dberth.regenerate=true");
    }

    @Test
    void fixturesAreWhatTheInstalledDrbdsetupPrints() throws Exception {
        Optional<Path> drbdsetup = onPath("drbdsetup");
        if (drbdsetup.isEmpty()) {
            System.out.println("DrbdOptionsSchemaTest: skipped the fixture check: drbdsetup is not on PATH, /usr/sbin or /sbin"
                    + " (install drbd-utils to compare the fixtures with the real tool)");
        }
        Assumptions.assumeTrue(drbdsetup.isPresent(), "drbdsetup is not installed");
        for (String section : DrbdOptionsSchemaGenerator.SECTIONS) {
            Process p = new ProcessBuilder(drbdsetup.get().toString(), "xml-help", section)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            String now = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "drbdsetup xml-help " + section + " did not finish");
            assertEquals(0, p.exitValue(), "drbdsetup xml-help " + section + " failed");
            Path fixture = DrbdOptionsSchemaGenerator.fixture(PROJECT, section);
            assertEquals(Files.readString(fixture, StandardCharsets.UTF_8), now,
                    fixture + " differs from what the installed drbdsetup prints; if drbd-utils was upgraded on"
                            + " purpose, save the new output there, then regenerate the schema");
        }
    }

    @Test
    void schemaIsValidDraft202012() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(schemaText(), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void everyOptionIsDescribedAndClosed() throws IOException {
        JsonNode defs = JSON.readTree(schemaText()).get("$defs");
        for (String def : List.of("resourceOptions", "netOptions", "diskOptions")) {
            JsonNode d = defs.get(def);
            assertFalse(d.get("additionalProperties").asBoolean(), def);
            assertTrue(d.get("properties").size() > 5, def);
            for (Map.Entry<String, JsonNode> p : d.get("properties").properties()) {
                String description = p.getValue().path("description").asString();
                assertTrue(description.contains("DRBD default: "), def + "." + p.getKey() + ": " + description);
                assertFalse(p.getKey().startsWith("_") || p.getKey().equals("set-defaults"), p.getKey());
            }
        }
        assertFalse(defs.get("netOptions").get("properties").has("shared-secret"));
        assertTrue(defs.get("diskOptions").get("properties").has("c-max-rate"), "peer-device options in disk {}");
        assertEquals(1237, defs.at("/diskOptions/properties/al-extents/default").asInt());
        assertEquals("C", defs.at("/netOptions/properties/protocol/default").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        """
        {"options": {"quorum": "majority", "on-no-quorum": "io-error", "auto-promote": "yes"},
         "net": {"protocol": "C", "verify-alg": "sha256"},
         "disk": {"al-extents": 1237, "c-max-rate": "100M", "resync-rate": 250}}""",
        """
        {"options": {"quorum": 2, "quorum-minimum-redundancy": "off", "auto-promote": false, "cpu-mask": "ff,0"},
         "net": {"protocol": "A", "allow-two-primaries": true, "sndbuf-size": "10M", "after-sb-0pri": "discard-zero-changes",
                 "fencing": "resource-only", "cram-hmac-alg": "sha1"},
         "disk": {"on-io-error": "detach", "resync-after": "r0/1", "c-fill-target": "1s", "rs-discard-granularity": 1048576,
                  "bitmap": "no", "disk-flushes": "no", "read-balancing": "32K-striping"},
         "sharedSecretFrom": {"env": "BERTH_DRBD_SECRET"}}""",
        """
        {"sharedSecretFrom": {"file": "/etc/berth/secret"}}""",
    })
    void acceptsWhatDrbdAccepts(String instance) throws IOException {
        assertEquals(List.of(), validate(instance));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"net\": {\"protocl\": \"C\"}}",
        "{\"net\": {\"protocol\": \"D\"}}",
        "{\"disk\": {\"al-extents\": 5}}",
        "{\"disk\": {\"al-extents\": 65535}}",
        "{\"disk\": {\"resync-rate\": 0}}",
        "{\"disk\": {\"c-max-rate\": \"100T\"}}",
        "{\"disk\": {\"c-max-rate\": \"-1\"}}",
        "{\"net\": {\"timeout\": \"6s\"}}",
        "{\"net\": {\"shared-secret\": \"x\"}}",
        "{\"net\": {\"_name\": \"x\"}}",
        "{\"options\": {\"set-defaults\": true}}",
        "{\"options\": {\"quorum\": \"most\"}}",
        "{\"options\": {\"quorum\": 33}}",
        "{\"options\": {\"auto-promote\": \"on\"}}",
        "{\"options\": {\"cpu-mask\": \"0xff\"}}",
        "{\"net\": {\"verify-alg\": \"\"}}",
        "{\"disk\": {\"resync-after\": 3}}",
        "{\"drbd\": {}}",
        "{\"sharedSecretFrom\": {\"env\": \"1BAD\"}}",
        "{\"sharedSecretFrom\": {\"file\": \"relative/secret\"}}",
        "{\"sharedSecretFrom\": {\"env\": \"A\", \"file\": \"/a\"}}",
        "{\"sharedSecretFrom\": {\"value\": \"hunter2\"}}",
    })
    void rejectsWhatDrbdOrBerthRejects(String instance) throws IOException {
        assertFalse(validate(instance).isEmpty(), instance + " should be invalid");
    }

    /** Validates against {@code drbd-options.schema.json#/$defs/drbdSection}, as the stack schema refers to it. */
    private static List<String> validate(String instance) throws IOException {
        String id = DrbdOptionsSchemaGenerator.SCHEMA_ID;
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(id, schemaTextUnchecked())));
        Schema section = registry.getSchema(SchemaLocation.of(id + "#/$defs/drbdSection"));
        return section.validate(instance, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static String schemaText() throws IOException {
        return Files.readString(PROJECT.resolve(DrbdOptionsSchemaGenerator.SCHEMA_FILE), StandardCharsets.UTF_8);
    }

    private static String schemaTextUnchecked() {
        try {
            return schemaText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Finds a program on PATH, then in /usr/sbin and /sbin: Debian installs drbdsetup in /usr/sbin,
     * which a non-root CI user's PATH usually lacks, and the check must not skip silently there.
     */
    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        String dirs = (path == null ? "" : path) + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : dirs.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
