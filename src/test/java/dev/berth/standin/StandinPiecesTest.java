package dev.berth.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.CommandResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in's own parts, without drbdadm: faults, volume lists, addresses, a missing shared folder. */
class StandinPiecesTest {
    @TempDir
    Path root;

    @Test
    void aFaultGlobHitsTheWholeArgvAndSkipsCommentsAndBlankLines() throws Exception {
        Files.writeString(root.resolve("faults"), "# drbdmeta *\n\n  drbdsetup attach 1000 *  \n");
        List<String> attach = List.of("drbdsetup", "attach", "1000", "/dev/vg0/r0_00000", "/dev/vg0/r0_00000", "internal");
        CommandResult hit = InjectedFaults.hit(root, attach).orElseThrow();
        assertEquals(10, hit.exitCode());
        assertTrue(hit.stderr().startsWith("1000: Failure: (118) IO error(s) occurred during initial access to meta-data."), hit.stderr());
        assertEquals(Optional.empty(), InjectedFaults.hit(root, List.of("drbdsetup", "attach", "1001", "/dev/vg0/r0_00001")));
        assertEquals(Optional.empty(), InjectedFaults.hit(root, List.of("drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "apply-al")));
        Files.writeString(root.resolve("faults"), "drbdmeta * create-md*\n");
        CommandResult md = InjectedFaults.hit(root, List.of("drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "create-md", "7")).orElseThrow();
        assertEquals(new CommandResult(20, "", "open(/dev/vg0/r0_00000) failed: Input/output error\n"), md);
    }

    @Test
    void aVolumeListKeepsPhysicalVolumesAndNamesLogicalVolumesLikeLvm() {
        VolumeList list = VolumeList.parse("/dev/vg-a/r0_00000 8388608 u1 /dev/loop3 /dev/loop4\n/dev/sdb 1048576 u2\n\n");
        assertEquals(List.of("/dev/loop3", "/dev/loop4"), list.physicalVolumes());
        assertEquals(list, VolumeList.parse(list.text()));
        var volume = list.devices().get(0);
        assertEquals("vg--a-r0_00000", volume.name());
        assertTrue(volume.answersTo("/dev/mapper/vg--a-r0_00000") && volume.answersTo("/dev/vg-a/r0_00000"));
        assertEquals("u1", volume.identity());
        assertEquals("disk", list.devices().get(1).type());
    }

    @Test
    void aHostLearnsItsAddressFromTheLocalEndOfItsPaths() {
        assertEquals(Optional.of("127.0.1.2"), StandinMain.localAddress(List.of("drbdsetup", "new-path", "r0", "1", "ipv4:127.0.1.2:7000", "ipv4:127.0.1.3:7000")));
        assertEquals(Optional.of("fd00::a"), StandinMain.localAddress(List.of("drbdsetup", "new-path", "r0", "1", "ipv6:[fd00::a]:7000", "ipv6:[fd00::b]:7000")));
        assertEquals(Optional.empty(), StandinMain.localAddress(List.of("drbdsetup", "connect", "r0", "1")));
    }

    @Test
    void withoutASharedFolderACallSaysWhatToWrite() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StandinMain.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("BERTH_STANDIN_ROOT", root.toString(), "BERTH_STANDIN_NODE", "alpha"), List.of("drbdsetup", "status"));
        assertEquals(20, code);
        assertEquals("drbdsetup (Berth's DRBD stand-in): " + root.resolve("shared-dir")
                + " is missing: write the absolute path of the folder that all hosts of this run share into it\n", err.toString(StandardCharsets.UTF_8));
    }
}
