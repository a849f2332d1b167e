package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Size;
import dev.berth.observed.ConnectionState;
import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.DiskState;
import dev.berth.observed.DrbdRole;
import dev.berth.observed.PeerDeviceStatus;
import dev.berth.observed.ReplicationState;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.SuspendReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code drbdsetup status --json}: a verbatim 2-node capture of drbd-utils 9.6, and CONSTRUCTED
 * samples (constructed-status-*.json, made by constructed-status.py from drbdsetup.c's printf
 * formats) for the cases no public capture shows.
 */
class DrbdsetupStatusParserTest {
    private static List<ResourceStatus> parse(String file) {
        return value(DrbdsetupStatusParser.parse(Fixtures.output(DiscoveryCommands.DRBD_STATUS, 0, "drbdsetup", file)));
    }

    private static PeerDeviceStatus peerDevice(ResourceStatus resource, int peer) {
        return resource.connection(peer).orElseThrow().peerDevices().get(0);
    }

    @Test
    void twoNodesUpToDateFromAnOlderDrbdUtils() {
        ResourceStatus beijing = parse("status-json-2node-uptodate-utils-9.6.json").get(0);
        assertTrue(beijing.role().is(DrbdRole.PRIMARY));
        assertEquals(1, beijing.nodeId());
        assertFalse(beijing.suspended());
        assertEquals(List.of(), beijing.suspendedFor());
        DeviceStatus device = beijing.devices().get(0);
        assertTrue(device.diskState().is(DiskState.UP_TO_DATE));
        assertEquals(Optional.empty(), device.open());
        assertEquals(Optional.of(Size.ofKiB(307152)), device.size());
        ConnectionStatus peer = beijing.connection(2).orElseThrow();
        assertEquals("salt-node3", peer.name());
        assertTrue(peer.connectionState().is(ConnectionState.CONNECTED));
        assertTrue(peer.peerRole().is(DrbdRole.SECONDARY));
        assertEquals(new BigDecimal("100.00"), peerDevice(beijing, 2).percentInSync());
        assertTrue(peerDevice(beijing, 2).replicationState().is(ReplicationState.ESTABLISHED));
    }

    @Test
    void threeNodesAllUpToDate() {
        ResourceStatus r0 = parse("constructed-status-3node-uptodate.json").get(0);
        assertEquals(List.of(1, 2), r0.connections().stream().map(ConnectionStatus::peerNodeId).toList());
        assertTrue(r0.hasQuorum());
        assertEquals(Optional.of(false), r0.devices().get(0).open());
        assertEquals(Optional.of("flush"), r0.writeOrdering());
        assertTrue(r0.connections().stream().allMatch(c -> peerDevice(r0, c.peerNodeId()).peerDiskState().is(DiskState.UP_TO_DATE)));
    }

    @Test
    void aDisklessPeerAndADisklessSelf() {
        List<ResourceStatus> resources = parse("constructed-status-diskless-peer.json");
        PeerDeviceStatus charlie = peerDevice(resources.get(0), 2);
        assertTrue(charlie.peerClient());
        assertTrue(charlie.peerDiskState().is(DiskState.DISKLESS));
        DeviceStatus client = resources.get(1).devices().get(0);
        assertTrue(client.client());
        assertTrue(client.diskState().is(DiskState.DISKLESS));
    }

    @Test
    void aResyncInProgressHasPercentResyncDone() {
        ResourceStatus r0 = parse("constructed-status-resync.json").get(0);
        PeerDeviceStatus bravo = peerDevice(r0, 1);
        assertTrue(bravo.replicationState().is(ReplicationState.SYNC_SOURCE));
        assertTrue(bravo.replicationState().value().isResync());
        assertTrue(bravo.peerDiskState().is(DiskState.INCONSISTENT));
        assertEquals(Size.ofMiB(256), bravo.outOfSync());
        assertEquals(new BigDecimal("75.00"), bravo.percentInSync());
        assertEquals(Optional.of(new BigDecimal("75.00")), bravo.percentResyncDone());
        assertEquals(Optional.empty(), peerDevice(r0, 2).percentResyncDone());
    }

    @Test
    void standAloneIsHowSplitBrainShows() {
        ResourceStatus r0 = parse("constructed-status-standalone.json").get(0);
        ConnectionStatus bravo = r0.connection(1).orElseThrow();
        assertTrue(bravo.connectionState().is(ConnectionState.STAND_ALONE));
        assertTrue(bravo.peerRole().is(DrbdRole.UNKNOWN));
        assertTrue(peerDevice(r0, 1).replicationState().is(ReplicationState.OFF));
        assertTrue(peerDevice(r0, 1).peerDiskState().is(DiskState.DUNKNOWN));
    }

    @Test
    void quorumLostWithAndWithoutSuspension() {
        List<ResourceStatus> resources = parse("constructed-status-quorum-lost.json");
        ResourceStatus suspended = resources.get(0);
        assertFalse(suspended.hasQuorum());
        assertTrue(suspended.suspended());
        assertEquals(List.of(SuspendReason.QUORUM), suspended.suspendedFor());
        ResourceStatus ioError = resources.get(1);
        assertFalse(ioError.hasQuorum());
        assertFalse(ioError.suspended());
        assertTrue(ioError.devices().get(0).diskState().is(DiskState.OUTDATED));
        ResourceStatus user = parse("constructed-status-suspended-user.json").get(0);
        assertEquals(List.of(SuspendReason.USER), user.suspendedFor());
        assertEquals(List.of(), parse("constructed-status-empty.json"));
    }

    @Test
    void statesANewerDrbdAddsAreKeptAsText() {
        String text = Fixtures.required("drbdsetup", "constructed-status-3node-uptodate.json")
                .replaceFirst("\"disk-state\": \"UpToDate\"", "\"disk-state\": \"Quantum\"")
                .replaceFirst("\"connection-state\": \"Connected\"", "\"connection-state\": \"Entangled\"");
        ResourceStatus r0 = value(DrbdsetupStatusParser.parse(Fixtures.output(DiscoveryCommands.DRBD_STATUS, 0, text))).get(0);
        assertTrue(r0.devices().get(0).diskState().is(DiskState.UNRECOGNISED));
        assertEquals("Quantum", r0.devices().get(0).diskState().text());
        assertEquals("Entangled", r0.connection(1).orElseThrow().connectionState().text());
    }

    @Test
    void malformedOutputIsNamedWithHostCommandAndLine() {
        String text = Fixtures.required("drbdsetup", "constructed-status-3node-uptodate.json");
        CommandOutput truncated = Fixtures.output(DiscoveryCommands.DRBD_STATUS, 0, text.substring(0, text.indexOf("\"peer_devices\"")));
        Parsed<List<ResourceStatus>> cut = DrbdsetupStatusParser.parse(truncated);
        assertTrue(failure(cut, truncated).contains("not valid JSON"));
        CommandOutput wrong = Fixtures.output(DiscoveryCommands.DRBD_STATUS, 0, text.replace("\"node-id\": 0,", "\"node-id\": \"0\","));
        Parsed<List<ResourceStatus>> wrongType = DrbdsetupStatusParser.parse(wrong);
        assertTrue(failure(wrongType, wrong).contains("expected an integer at /0/node-id"));
        Fixtures.assertAt(wrongType, 4, 14);
        CommandOutput line = Fixtures.output(DiscoveryCommands.DRBD_STATUS, 0, "status: unrecognized option '--json'\n");
        Parsed<List<ResourceStatus>> notJson = DrbdsetupStatusParser.parse(line);
        assertTrue(failure(notJson, line).contains("`status: unrecognized option '--json'`"));
        Fixtures.assertAt(notJson, 1, 1);
        CommandOutput missingField = Fixtures.output(DiscoveryCommands.DRBD_STATUS, 0, text.replace("\"quorum\": true,", ""));
        assertTrue(failure(DrbdsetupStatusParser.parse(missingField), missingField).contains("missing field \"quorum\""));
    }

    @Test
    void withoutAModuleDrbdsetupFails() {
        CommandOutput output = Fixtures.output(DiscoveryCommands.DRBD_STATUS, 20, "drbdsetup", "status-json-no-module.json");
        assertTrue(failure(DrbdsetupStatusParser.parse(output), output).contains("exit code 20"));
    }
}
