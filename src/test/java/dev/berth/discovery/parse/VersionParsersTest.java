package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** uname, drbdadm --version, /proc/drbd, lvm version, and Berth's own file reads. */
class VersionParsersTest {
    @Test
    void unameGivesOneLine() {
        assertEquals("vm", value(UnameParser.parse(Fixtures.output(DiscoveryCommands.HOSTNAME, 0, "uname", "nodename.txt"))));
        assertEquals("6.18.44-fc-v657", value(UnameParser.parse(Fixtures.output(DiscoveryCommands.KERNEL, 0, "uname", "release.txt"))));
        CommandOutput empty = Fixtures.output(DiscoveryCommands.HOSTNAME, 0, "\n");
        assertTrue(failure(UnameParser.parse(empty), empty).contains("no output"));
    }

    @Test
    void drbdadmVersionWithAndWithoutAModule() {
        DrbdadmVersion loaded = value(DrbdadmVersionParser.parse(Fixtures.output(DiscoveryCommands.DRBDADM_VERSION, 0, "drbdadm", "version.txt")));
        assertEquals(Optional.of("9.22.0"), loaded.utilsVersion());
        assertEquals(Optional.of("9.2.5"), loaded.kernelVersion());
        assertFalse(loaded.isLegacyModule());
        DrbdadmVersion none = value(DrbdadmVersionParser.parse(Fixtures.output(DiscoveryCommands.DRBDADM_VERSION, 0, "drbdadm", "version-no-module.txt")));
        assertEquals(Optional.empty(), none.kernelVersion());
        // CONSTRUCTED: the two lines an 8.4 module changes.
        String legacy = Fixtures.required("drbdadm", "version.txt").replace("DRBD_KERNEL_VERSION_CODE=0x090205", "DRBD_KERNEL_VERSION_CODE=0x08040b")
                .replace("DRBD_KERNEL_VERSION=9.2.5", "DRBD_KERNEL_VERSION=8.4.11");
        assertTrue(value(DrbdadmVersionParser.parse(Fixtures.output(DiscoveryCommands.DRBDADM_VERSION, 0, legacy))).isLegacyModule());
    }

    @Test
    void procDrbdRecognisesTheModuleOrItsAbsence() {
        assertEquals(Optional.empty(), value(ProcDrbdParser.parse(Fixtures.output(DiscoveryCommands.PROC_DRBD, 1, "proc-drbd", "no-module.txt"))));
        // CONSTRUCTED first lines, as the DRBD 8.4 and 9 modules print them (drbd-facts, fixtures/proc-drbd/SOURCES.md).
        assertEquals(Optional.of("8.4.11"), value(ProcDrbdParser.parse(Fixtures.output(DiscoveryCommands.PROC_DRBD, 0,
                "version: 8.4.11 (api:1/proto:86-101)\nsrcversion: 0123456789ABCDEF\n"))));
        assertEquals(Optional.of("9.2.5"), value(ProcDrbdParser.parse(Fixtures.output(DiscoveryCommands.PROC_DRBD, 0,
                "version: 9.2.5 (api:2/proto:86-121)\n"))));
        CommandOutput odd = Fixtures.output(DiscoveryCommands.PROC_DRBD, 0, "something else\n");
        assertTrue(failure(ProcDrbdParser.parse(odd), odd).contains("expected 'version: X.Y.Z ...'"));
    }

    @Test
    void lvmVersionDespiteDeviceMapperComplaints() {
        CommandOutput output = Fixtures.output(DiscoveryCommands.LVM_VERSION, 0, "lvm", "version.txt");
        assertFalse(output.stderr().isBlank());
        assertEquals("2.03.16(2)", value(LvmVersionParser.parse(output)));
    }

    @Test
    void berthsFilesAreRawTextOrAbsent() {
        assertEquals(Optional.empty(), value(FileReadParser.parse(Fixtures.output(DiscoveryCommands.STATE_FILE, 1, "cat", "state-file-missing.txt"))));
        assertEquals(Optional.of("{\"plan\": \"x\"}\n"), value(FileReadParser.parse(Fixtures.output(DiscoveryCommands.STATE_FILE, 0, "{\"plan\": \"x\"}\n"))));
        CommandOutput denied = CommandOutput.of("alpha", DiscoveryCommands.LOCK_HOLDER, 1, "", "cat: /var/lib/berth/lock/holder.json: Permission denied\n");
        assertTrue(failure(FileReadParser.parse(denied), denied).contains("Permission denied"));
        assertEquals(java.util.List.of(), value(LinstorListingParser.parse(Fixtures.output(DiscoveryCommands.LINSTOR_RESOURCES, 2, "ls", "linstor-missing.txt"))));
        assertEquals(java.util.List.of("r0.res", "web.res"),
                value(LinstorListingParser.parse(Fixtures.output(DiscoveryCommands.LINSTOR_RESOURCES, 0, "web.res\nr0.res\n"))));
    }
}
