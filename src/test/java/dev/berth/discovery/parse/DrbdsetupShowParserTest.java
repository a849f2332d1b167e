package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Secret;
import dev.berth.observed.ConnectionState;
import dev.berth.observed.DrbdAddress;
import dev.berth.observed.KernelConnection;
import dev.berth.observed.KernelResource;
import dev.berth.observed.KernelVolume;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code drbdsetup show --json}: DU's own test outputs, an older utils capture, and constructed samples. */
class DrbdsetupShowParserTest {
    private static List<KernelResource> parse(String file) {
        return value(DrbdsetupShowParser.parse(Fixtures.output(DiscoveryCommands.DRBD_KERNEL_CONFIG, 0, "drbdsetup", file)));
    }

    @Test
    void oneVolumeOnePeerWithBooleansAsYesNo() {
        KernelResource resource = parse("show-json-normal.json").get(0);
        assertEquals("some-resource", resource.name());
        assertEquals(Optional.of(4), resource.nodeId());
        assertEquals(Map.of("auto-promote", "yes", "on-no-quorum", "suspend-io"), resource.options());
        KernelVolume volume = resource.volumes().get(0);
        assertEquals(1000, volume.minor());
        assertEquals(Optional.of("/dev/sda"), volume.backingDisk());
        assertEquals(Optional.of("internal"), volume.metaDisk());
        assertEquals("1237", volume.disk().get("al-extents"));
        KernelConnection peer = resource.connection(1).orElseThrow();
        assertTrue(peer.state().orElseThrow().is(ConnectionState.CONNECTED));
        assertEquals("no", peer.net().get("allow-two-primaries"));
        assertEquals("102400k", peer.peerDeviceOptions().get(0).get("c-max-rate"));
        assertEquals(List.of(), peer.paths());
    }

    @Test
    void twoVolumesAndAResourceWithoutConnections() {
        KernelResource two = parse("show-json-2-device.json").get(0);
        assertEquals(List.of(1000, 1001), two.volumes().stream().map(KernelVolume::minor).toList());
        assertEquals("5120k", two.connections().get(0).peerDeviceOptions().get(0).get("c-max-rate"));
        KernelResource alone = parse("show-json-resource.json").get(0);
        assertEquals(List.of(), alone.volumes());
        assertEquals(List.of(), alone.connections());
    }

    @Test
    void drbdUtils96PrintedAnotherShape() {
        KernelResource resource = parse("show-json-2node-utils-9.6-duplicate-disk-key.json").get(0);
        KernelConnection peer = resource.connections().get(0);
        assertEquals(Optional.of("salt-node3"), peer.peerName());
        assertEquals(new DrbdAddress("ipv4", "192.168.10.102", 7990), peer.paths().get(0).thisHost());
        assertEquals(Optional.empty(), peer.state());
        // The duplicate "disk" key: Jackson keeps the later (options) object, so the backing disk of
        // this old shape is lost. A known gap, kept visible here.
        assertEquals("pass_on", resource.volumes().get(0).disk().get("on-io-error"));
        assertEquals(Optional.empty(), resource.volumes().get(0).backingDisk());
    }

    @Test
    void pathsStandAloneAndTheSecretAsDigest() {
        KernelResource r0 = parse("constructed-show-3node-paths.json").get(0);
        KernelConnection bravo = r0.connection(1).orElseThrow();
        assertEquals(new DrbdAddress("ipv4", "10.43.0.2", 7000), bravo.paths().get(0).remoteHost());
        assertEquals(Secret.of("x", "Xq2vCFp8L7bWkLz9dPq1").digest(), bravo.net().get("shared-secret"));
        assertFalse(r0.toString().contains("Xq2vCFp8L7bWkLz9dPq1"));
        KernelConnection charlie = r0.connection(2).orElseThrow();
        assertTrue(charlie.state().orElseThrow().is(ConnectionState.STAND_ALONE));
        assertEquals("ipv6 [fd00::3]:7001", charlie.paths().get(0).remoteHost().toString());
        assertEquals("yes", r0.volumes().get(0).disk().get("discard-zeroes-if-aligned"));
    }

    @Test
    void aDiagnosticNeverQuotesTheSecret() {
        String text = Fixtures.required("drbdsetup", "constructed-show-3node-paths.json")
                .replaceFirst("\"shared-secret\": \"Xq2vCFp8L7bWkLz9dPq1\",", "\"shared-secret\": \"Xq2vCFp8L7bWkLz9dPq1\", ,");
        CommandOutput broken = Fixtures.output(DiscoveryCommands.DRBD_KERNEL_CONFIG, 0, text);
        String message = failure(DrbdsetupShowParser.parse(broken), broken);
        assertTrue(message.contains("\"shared-secret\": \"<redacted>\""), message);
        assertFalse(message.contains("Xq2vCFp8L7bWkLz9dPq1"), message);
    }

    @Test
    void aClientVolumeHasNoDisk() {
        KernelVolume volume = parse("constructed-show-client.json").get(0).volumes().get(0);
        assertTrue(volume.intentionalDiskless());
        assertEquals(Optional.empty(), volume.backingDisk());
    }

    @Test
    void noModuleAndBrokenOutput() {
        CommandOutput noModule = Fixtures.output(DiscoveryCommands.DRBD_KERNEL_CONFIG, 20, "drbdsetup", "show-json-no-module.json");
        assertTrue(failure(DrbdsetupShowParser.parse(noModule), noModule).contains("exit code 20"));
        String text = Fixtures.required("drbdsetup", "show-json-normal.json").replace("\"device_minor\": 1000", "\"device_minor\": \"1000\"");
        CommandOutput wrong = Fixtures.output(DiscoveryCommands.DRBD_KERNEL_CONFIG, 0, text);
        Parsed<List<KernelResource>> parsed = DrbdsetupShowParser.parse(wrong);
        assertTrue(failure(parsed, wrong).contains("expected an integer at /0/_this_host/volumes/0/device_minor, found the string \"1000\""));
        Fixtures.assertAt(parsed, 13, 37);
    }
}
