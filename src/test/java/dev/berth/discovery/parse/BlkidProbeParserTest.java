package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.observed.DeviceSignatures;
import dev.berth.observed.SignatureState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlkidProbeParserTest {
    private static DeviceSignatures probe(String device, int exit, String file) {
        return value(BlkidProbeParser.parse(Fixtures.output(DiscoveryCommands.deviceSignatures(device), exit, "blkid", file)));
    }

    @Test
    void blankExt4AndAnLvmPhysicalVolume() {
        DeviceSignatures blank = probe("/dev/loop3", 2, "blank-probe.txt");
        assertTrue(blank.isBlank());
        assertEquals("/dev/loop3", blank.device());
        DeviceSignatures ext4 = probe("/dev/loop3", 0, "ext4-probe.txt");
        assertEquals(SignatureState.SIGNED, ext4.state());
        assertEquals(Optional.of("ext4"), ext4.type());
        assertEquals("berthtest", ext4.values().get("LABEL"));
        DeviceSignatures pv = probe("/dev/loop0", 0, "lvm-pv-probe.txt");
        assertEquals(Optional.of("LVM2_member"), pv.type());
        // VERSION=LVM2\ 001 in the export form.
        assertEquals("LVM2 001", pv.values().get("VERSION"));
        assertTrue(!pv.values().containsKey("DEVNAME"));
    }

    @Test
    void aMissingDeviceLooksBlankToBlkid() {
        // Captured: exit 2, no stdout, no stderr, exactly like a blank device. The host inventory
        // cross-checks with lsblk (HostInventoryParserTest).
        assertTrue(probe("/dev/nosuchdev", 2, "missing-device-probe.txt").isBlank());
    }

    @Test
    void ambivalentAndFailedProbes() {
        // CONSTRUCTED outputs for blkid's documented exit codes 8 (ambivalent) and 4 (error).
        var command = DiscoveryCommands.deviceSignatures("/dev/sdb");
        DeviceSignatures ambivalent = value(BlkidProbeParser.parse(CommandOutput.of("alpha", command, 8, "", "")));
        assertEquals(SignatureState.AMBIVALENT, ambivalent.state());
        assertTrue(!ambivalent.isBlank());
        CommandOutput error = CommandOutput.of("alpha", command, 4, "", "blkid: error: /dev/sdb: Permission denied\n");
        assertTrue(failure(BlkidProbeParser.parse(error), error).contains("Permission denied"));
        CommandOutput table = CommandOutput.of("alpha", command, 0, "DEVNAME=/dev/sdb\nPTUUID=5d3b\nPTTYPE=gpt\n", "");
        assertEquals(Optional.of("gpt"), value(BlkidProbeParser.parse(table)).partitionTableType());
    }

    @Test
    void aLineWithoutEqualsIsNamed() {
        CommandOutput output = CommandOutput.of("alpha", DiscoveryCommands.deviceSignatures("/dev/sdb"), 0, "TYPE=ext4\ngarbage\n", "");
        Parsed<DeviceSignatures> parsed = BlkidProbeParser.parse(output);
        assertTrue(failure(parsed, output).contains("expected KEY=VALUE: `garbage`"));
        Fixtures.assertAt(parsed, 2, 1);
    }
}
