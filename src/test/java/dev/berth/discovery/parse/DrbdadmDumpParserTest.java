package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Secret;
import dev.berth.observed.ConfiguredDefinition;
import dev.berth.observed.ConfiguredHost;
import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.DrbdAddress;
import dev.berth.observed.FindingKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code drbdadm dump all} as drbd-utils 9.22 printed it for LINSTOR-style, mesh and diskless configurations. */
class DrbdadmDumpParserTest {
    private static Parsed<List<ConfiguredResource>> parse(String file) {
        return DrbdadmDumpParser.parse(Fixtures.output(DiscoveryCommands.DRBD_CONFIG, 0, "drbdadm", file));
    }

    @Test
    void aMeshWithTopLevelVolumesIsModelled() {
        ConfiguredResource r1 = value(parse("mesh-top-level-volume.dump-all.txt")).get(0);
        assertEquals("r1", r1.name());
        assertFalse(r1.ignoredOnThisHost());
        assertEquals(Optional.of("/tmp/fxh/drbd/mesh-top-level-volume.res:1"), r1.definedAt());
        assertEquals(Optional.of("/tmp/fxh/drbd/mesh-top-level-volume.res"), r1.definingFile());
        ConfiguredDefinition definition = r1.definition().orElseThrow();
        assertEquals(List.of("alpha", "bravo", "charlie"), definition.hosts().stream().map(ConfiguredHost::hostname).toList());
        assertEquals(List.of(0, 1, 2), definition.hosts().stream().map(ConfiguredHost::nodeId).toList());
        ConfiguredHost alpha = definition.hosts().get(0);
        assertEquals(List.of(1001, 1002), alpha.volumes().stream().map(v -> v.minor()).toList());
        assertEquals(Optional.of("/dev/vg0/r1_00001"), alpha.volumes().get(1).backingDisk());
        assertEquals(3, definition.connections().size());
        assertEquals(new DrbdAddress("ipv4", "10.43.0.2", 7010), definition.connections().get(0).secondAddress());
        assertEquals("C", definition.net().get("protocol"));
        assertEquals(Optional.empty(), definition.sharedSecretDigest());
    }

    @Test
    void aLinstorStyleResourceIsKeptButNotModelled() {
        Parsed<List<ConfiguredResource>> parsed = parse("linstor-3-diskful.dump-all.txt");
        ConfiguredResource r0 = value(parsed).get(0);
        assertEquals("r0", r0.name());
        assertTrue(r0.definition().isEmpty());
        // Line and column are the dump's own: the per-volume disk { } of alpha's volume.
        assertEquals(Optional.of("line 13, column 13: per-volume disk options are not supported; set them in the resource's disk section"),
                r0.notModelledBecause());
        assertEquals(FindingKind.RESOURCE_NOT_MODELLED, parsed.notes().get(0).kind());
        assertFalse(parsed.notes().get(0).message().contains("Xq2vCFp8L7bWkLz9dPq1"));
    }

    @Test
    void aDisklessPeerInALinstorFileListsOnlyThisHostsConnections() {
        ConfiguredResource r2 = value(parse("two-diskful-one-diskless.dump-all.txt")).get(0);
        assertTrue(r2.notModelledBecause().orElseThrow().contains("no connection between bravo and charlie"));
        ConfiguredResource elsewhere = value(parse("two-diskful-one-diskless.as-unknown-host.dump-all.txt")).get(0);
        assertTrue(elsewhere.ignoredOnThisHost());
    }

    @Test
    void modelledResourcesWithDisklessHostsAndSecretsAsDigests() {
        List<ConfiguredResource> resources = value(parse("dump-all.alpha.txt"));
        assertEquals(List.of("db", "r0", "web-data"), resources.stream().map(ConfiguredResource::name).toList());
        assertTrue(resources.stream().allMatch(r -> r.definition().isPresent()));
        ConfiguredDefinition r0 = resources.get(1).definition().orElseThrow();
        assertEquals(Optional.of(Secret.of("any", "not so \"secret\"").digest()), r0.sharedSecretDigest());
        ConfiguredDefinition web = resources.get(2).definition().orElseThrow();
        assertTrue(web.hosts().stream().anyMatch(ConfiguredHost::isDiskless));
        assertTrue(resources.get(2).ignoredOnThisHost());
    }

    @Test
    void oneResourceBerthCannotModelDoesNotHideTheOthers() {
        String both = Fixtures.required("drbdadm", "linstor-3-diskful.dump-all.txt")
                + Fixtures.required("drbdadm", "mesh-top-level-volume.dump-all.txt");
        List<ConfiguredResource> resources = value(DrbdadmDumpParser.parse(Fixtures.output(DiscoveryCommands.DRBD_CONFIG, 0, both)));
        assertEquals(List.of("r0", "r1"), resources.stream().map(ConfiguredResource::name).toList());
        assertTrue(resources.get(0).definition().isEmpty());
        assertTrue(resources.get(1).definition().isPresent());
    }

    @Test
    void noResourcesAndBrokenOutput() {
        assertEquals(List.of(), value(DrbdadmDumpParser.parse(Fixtures.output(DiscoveryCommands.DRBD_CONFIG, 0,
                "# /etc/drbd.conf\nglobal {\n    usage-count no;\n}\n\ncommon {\n}\n\n"))));
        String text = Fixtures.required("drbdadm", "mesh-top-level-volume.dump-all.txt");
        CommandOutput truncated = Fixtures.output(DiscoveryCommands.DRBD_CONFIG, 0, text.substring(0, text.indexOf("    on bravo")));
        Parsed<List<ConfiguredResource>> parsed = DrbdadmDumpParser.parse(truncated);
        assertTrue(Fixtures.failure(parsed, truncated).contains("resource block without its closing '}'"));
        Fixtures.assertAt(parsed, 9, 1);
    }
}
