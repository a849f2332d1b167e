package dev.berth.discovery.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.observed.DeviceSignatures;
import dev.berth.observed.DrbdModule;
import dev.berth.observed.FindingKind;
import dev.berth.observed.HostErrorKind;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.Reading;
import dev.berth.observed.SignatureState;
import dev.berth.observed.UnreachableHost;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One host's whole batch, from this machine's verbatim answers with single answers replaced. */
class HostInventoryParserTest {
    private static final List<String> DEVICES = List.of("/dev/loop0", "/dev/loop3", "/dev/nosuchdev");

    private static ReachableHost parse(HostBatch batch, Optional<String> expectedHostname) {
        ObservedHost host = HostInventoryParser.parse("alpha", expectedHostname, batch.commands, batch.results());
        return host.reachable().orElseThrow(() -> new AssertionError("unreachable: " + host));
    }

    private static ReachableHost parse(HostBatch batch) { return parse(batch, Optional.of("vm")); }

    @Test
    void everyCommandOfTheContractHasItsSlot() {
        Set<BatchSlot> seen = new HashSet<>();
        for (var command : DiscoveryCommands.batch(List.of())) {
            BatchSlot slot = BatchSlot.of(command).orElseThrow(() -> new AssertionError("no slot for " + command));
            assertTrue(seen.add(slot), "two commands in slot " + slot);
        }
        assertEquals(BatchSlot.values().length - 1, seen.size());
        assertEquals(Optional.of(BatchSlot.DEVICE_SIGNATURES), BatchSlot.of(DiscoveryCommands.deviceSignatures("/dev/sdb")));
    }

    @Test
    void thisMachineWithoutDrbdModuleAndWithoutZfs() {
        ReachableHost host = parse(new HostBatch(DEVICES));
        assertEquals(Optional.of("vm"), host.facts().hostname());
        assertEquals(Optional.of("9.22.0"), host.facts().drbdUtilsVersion());
        assertEquals(Optional.of("2.03.16(2)"), host.facts().lvmVersion());
        assertEquals(Optional.empty(), host.facts().zfsVersion());
        assertEquals(DrbdModule.NOT_LOADED, host.facts().drbdModule());
        assertTrue(host.has(FindingKind.DRBD_MODULE_MISSING));
        // Without a module nothing runs: known and empty, although drbdsetup exited 20.
        assertEquals(Optional.of(List.of()), host.inventory().drbd().kernel().value());
        assertEquals(Optional.of(List.of()), host.inventory().drbd().status().value());
        assertEquals(1, host.inventory().drbd().configured().value().orElseThrow().size());
        // ZFS is not installed: unknown for that reason, and said once.
        assertEquals(FindingKind.ZFS_MISSING, host.inventory().zfs().pools().reason().orElseThrow().kind());
        assertEquals(1, host.findings(FindingKind.ZFS_MISSING).size());
        assertEquals(5, host.inventory().lvm().logicalVolumes().value().orElseThrow().size());
        assertEquals(3, host.inventory().files().resourceFiles().value().orElseThrow().size());
        assertEquals(Optional.of(Optional.empty()), host.inventory().files().stateFile().value());
        assertEquals(Optional.of(List.of()), host.inventory().linstorFiles().value());
        assertFalse(host.has(FindingKind.HOSTNAME_MISMATCH));
        assertFalse(host.has(FindingKind.COMMAND_FAILED));
        // LVM's activation warning and drbdadm's missing modinfo: recorded, not failures.
        assertTrue(host.findings(FindingKind.TOOL_WARNING).stream().anyMatch(f -> f.command().equals(DiscoveryCommands.LOGICAL_VOLUMES)
                && f.message().contains("Activation disabled")));
    }

    @Test
    void signaturesAreBlankOnlyForDevicesLsblkKnows() {
        HostBatch batch = new HostBatch(DEVICES)
                .fixture(DiscoveryCommands.deviceSignatures("/dev/loop0"), 0, "blkid", "lvm-pv-probe.txt");
        ReachableHost host = parse(batch);
        var signatures = host.inventory().signatures();
        assertEquals(List.of("/dev/loop0", "/dev/loop3", "/dev/nosuchdev"), List.copyOf(signatures.keySet()));
        assertEquals(Optional.of("LVM2_member"), signatures.get("/dev/loop0").value().flatMap(DeviceSignatures::type));
        assertEquals(SignatureState.BLANK, signatures.get("/dev/loop3").value().orElseThrow().state());
        assertEquals(SignatureState.NOT_FOUND, signatures.get("/dev/nosuchdev").value().orElseThrow().state());
        assertTrue(host.has(FindingKind.DEVICE_NOT_FOUND));
        HostBatch noLsblk = new HostBatch(DEVICES).answer(DiscoveryCommands.BLOCK_DEVICES, 1, "", "lsblk: failed to access sysfs directory\n");
        Reading<DeviceSignatures> unknown = parse(noLsblk).inventory().signatures().get("/dev/loop3");
        assertFalse(unknown.isKnown());
    }

    @Test
    void aHostnameTheStackDoesNotExpect() {
        ReachableHost host = parse(new HostBatch(DEVICES), Optional.of("alpha"));
        assertTrue(host.findings(FindingKind.HOSTNAME_MISMATCH).get(0).message().contains("uname -n is 'vm' but the stack expects 'alpha'"));
    }

    @Test
    void missingToolsAreFindingsNotAFailedHost() {
        HostBatch batch = new HostBatch(DEVICES);
        for (var command : List.of(DiscoveryCommands.DRBDADM_VERSION, DiscoveryCommands.DRBD_CONFIG)) {
            batch.answer(command, 127, "", "sh: 1: drbdadm: not found\n");
        }
        for (var command : List.of(DiscoveryCommands.DRBD_KERNEL_CONFIG, DiscoveryCommands.DRBD_STATUS)) {
            batch.answer(command, 127, "", "sh: 1: drbdsetup: not found\n");
        }
        for (var command : List.of(DiscoveryCommands.LVM_VERSION, DiscoveryCommands.PHYSICAL_VOLUMES, DiscoveryCommands.VOLUME_GROUPS,
                DiscoveryCommands.LOGICAL_VOLUMES)) {
            batch.answer(command, 1, "", "sudo: " + command.program() + ": command not found\n");
        }
        ReachableHost host = parse(batch);
        assertEquals(1, host.findings(FindingKind.DRBD_UTILS_MISSING).size());
        assertEquals(1, host.findings(FindingKind.LVM_MISSING).size());
        assertEquals(FindingKind.LVM_MISSING, host.inventory().lvm().volumeGroups().reason().orElseThrow().kind());
        assertEquals(FindingKind.DRBD_UTILS_MISSING, host.inventory().drbd().status().reason().orElseThrow().kind());
        assertEquals(Optional.empty(), host.facts().drbdUtilsVersion());
        // /proc/drbd is missing too, so no module either.
        assertEquals(DrbdModule.NOT_LOADED, host.facts().drbdModule());
        assertTrue(host.inventory().blockDevices().isKnown());
    }

    @Test
    void anUnreadableOutputMakesOnlyItsPartUnknown() {
        String text = Fixtures.required("lvs", "contract-two-vgs.json");
        HostBatch batch = new HostBatch(DEVICES).answer(DiscoveryCommands.LOGICAL_VOLUMES, 0, text.substring(0, 300), "");
        ReachableHost host = parse(batch);
        var reason = host.inventory().lvm().logicalVolumes().reason().orElseThrow();
        assertEquals(FindingKind.OUTPUT_UNREADABLE, reason.kind());
        assertTrue(reason.message().startsWith("alpha: lvs --reportformat json"), reason.message());
        assertTrue(host.inventory().lvm().volumeGroups().isKnown());
        assertTrue(host.findings().contains(reason));
    }

    @Test
    void aLinstorSatelliteAndADrbd84Module() {
        String legacy = Fixtures.required("drbdadm", "version.txt").replace("DRBD_KERNEL_VERSION=9.2.5", "DRBD_KERNEL_VERSION=8.4.11");
        HostBatch batch = new HostBatch(DEVICES)
                .answer(DiscoveryCommands.LINSTOR_RESOURCES, 0, "r0.res\n", "")
                .answer(DiscoveryCommands.DRBDADM_VERSION, 0, legacy, "")
                .answer(DiscoveryCommands.DRBD_STATUS, 20, "", "status: unrecognized option '--json'\n");
        ReachableHost host = parse(batch);
        assertTrue(host.has(FindingKind.LINSTOR_SATELLITE));
        assertEquals(DrbdModule.DRBD_8_4, host.facts().drbdModule());
        assertTrue(host.has(FindingKind.DRBD_84_MODULE));
        assertEquals(FindingKind.DRBD_84_MODULE, host.inventory().drbd().status().reason().orElseThrow().kind());
    }

    @Test
    void anIncompleteBatchIsALostConnection() {
        HostBatch batch = new HostBatch(DEVICES);
        ObservedHost host = HostInventoryParser.parse("alpha", Optional.empty(), batch.commands, batch.results().subList(0, 5));
        assertFalse(host.isReachable());
        assertEquals(HostErrorKind.CONNECTION_LOST, ((UnreachableHost) host).kind());
    }
}
