package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Size;
import dev.berth.observed.BlockDevice;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LsblkParserTest {
    private static final dev.berth.model.Command LSBLK = DiscoveryCommands.BLOCK_DEVICES;

    @Test
    void theContractColumnsOfThisMachine() {
        List<BlockDevice> devices = value(LsblkParser.parse(Fixtures.output(LSBLK, 0, "lsblk", "selected-columns.json")));
        assertEquals(List.of("loop0", "loop1", "loop2", "loop3", "zram0", "vda"), devices.stream().map(BlockDevice::name).toList());
        BlockDevice vda = devices.get(5);
        assertEquals("/dev/vda", vda.path());
        assertEquals(Size.ofGiB(256), vda.size());
        assertEquals("disk", vda.type());
        assertEquals(Optional.of("/"), vda.mountpoint());
        assertTrue(vda.isInUse());
        // No udev database here: lsblk knows no filesystem type, which is why blkid decides blankness.
        assertTrue(devices.stream().allMatch(d -> d.filesystemType().isEmpty()));
        assertEquals(Size.ofBytes(0), devices.get(4).size());
        assertFalse(devices.get(0).readOnly());
    }

    @Test
    void otherColumnsAreToleratedAndAMissingPathIsTheKernelName() {
        List<BlockDevice> devices = value(LsblkParser.parse(Fixtures.output(LSBLK, 0, "lsblk", "default.json")));
        assertEquals("/dev/loop0", devices.get(0).path());
        assertEquals(Optional.empty(), devices.get(0).mountpoint());
    }

    @Test
    void childrenNestAndOldStringFormsAreRead() {
        // CONSTRUCTED: a disk with a partition holding an LVM volume, with SIZE and RO as strings the
        // way util-linux before 2.33 printed them.
        String json = "{\n   \"blockdevices\": [\n      {\"name\": \"sdb\", \"path\": \"/dev/sdb\", \"size\": \"10737418240\", "
                + "\"type\": \"disk\", \"fstype\": null, \"mountpoint\": null, \"pkname\": null, \"ro\": \"0\",\n"
                + "         \"children\": [\n            {\"name\": \"sdb1\", \"path\": \"/dev/sdb1\", \"size\": \"10736369664\", "
                + "\"type\": \"part\", \"fstype\": \"LVM2_member\", \"mountpoint\": null, \"pkname\": \"sdb\", \"ro\": \"1\",\n"
                + "               \"children\": [\n                  {\"name\": \"vg0-r0_00000\", \"path\": \"/dev/mapper/vg0-r0_00000\", "
                + "\"size\": \"1073741824\", \"type\": \"lvm\", \"fstype\": null, \"mountpoint\": null, \"pkname\": \"sdb1\", \"ro\": \"0\"}\n"
                + "               ]\n            }\n         ]\n      }\n   ]\n}\n";
        BlockDevice disk = value(LsblkParser.parse(Fixtures.output(LSBLK, 0, json))).get(0);
        assertTrue(disk.isInUse());
        BlockDevice partition = disk.children().get(0);
        assertEquals(Optional.of("sdb"), partition.parent());
        assertEquals(Optional.of("LVM2_member"), partition.filesystemType());
        assertTrue(partition.readOnly());
        assertEquals(List.of("/dev/sdb", "/dev/sdb1", "/dev/mapper/vg0-r0_00000"), disk.flattened().map(BlockDevice::path).toList());
    }

    @Test
    void aMissingDeviceIsACommandFailureAndAWrongTypeIsNamed() {
        var named = LvsReportParserTest.withArgument(LSBLK, "/dev/nosuchdev");
        CommandOutput missing = Fixtures.output(named, 32, "lsblk", "missing-device.json");
        assertTrue(failure(LsblkParser.parse(missing), missing).contains("not a block device"));
        String text = Fixtures.required("lsblk", "selected-columns.json").replaceFirst("\"ro\": false", "\"ro\": \"no\"");
        CommandOutput wrong = Fixtures.output(LSBLK, 0, text);
        Parsed<List<BlockDevice>> parsed = LsblkParser.parse(wrong);
        assertTrue(failure(parsed, wrong).contains("expected true or false at /blockdevices/0/ro"));
        Fixtures.assertAt(parsed, 11, 16);
    }
}
