package dev.berth.sim;

import dev.berth.model.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lab lives in its folder: everything survives SimLab.open, files are real files, versions are checked. */
class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void stateAndFilesSurviveReopening() {
        SimLab lab = LabFixture.threeNodes(dir);
        SimHost host = lab.host("worker-1");
        run(host, "vgcreate", "--addtag", "berth", "vg0", "/dev/nvme0n1");
        run(host, "lvcreate", "--size", "1048576k", "vg0", "-n", "r0_00000", "-y", "--addtag", "berth");
        run(host, "mkdir", "/var/lib/berth");
        lab.clock().advance(Duration.ofMinutes(5));
        lab.down("worker-3");
        lab.fault("worker-2", Fault.fail("lvcreate *"));
        String before = run(host, "lvs", "--reportformat", "json", "--units", "b", "--nosuffix", "-o", "lv_name,lv_uuid,lv_size").stdout();

        SimLab reopened = SimLab.open(dir);
        assertEquals(List.of("worker-1", "worker-2", "worker-3"), reopened.nodes());
        assertEquals(before, run(reopened.host("worker-1"), "lvs", "--reportformat", "json", "--units", "b", "--nosuffix", "-o", "lv_name,lv_uuid,lv_size").stdout());
        assertEquals(1, run(reopened.host("worker-1"), "mkdir", "/var/lib/berth").exitCode(), "the lock folder is still there");
        assertEquals(LabOptions.defaults().start().plus(Duration.ofMinutes(5)), reopened.clock().now());
        assertTrue(reopened.isDown("worker-3"));
        assertEquals(List.of(Fault.fail("lvcreate *")), reopened.faults("worker-2"));
        assertTrue(Files.isDirectory(dir.resolve("worker-1/var/lib/berth")), "host files are mirrored as real files");
        assertTrue(Files.exists(dir.resolve("worker-1/.sim/state.json")));
    }

    @Test
    void aFileEditedByHandIsSeenAtOnce() throws Exception {
        SimLab lab = LabFixture.threeNodes(dir);
        SimHost host = lab.host("worker-2");
        Files.writeString(dir.resolve("worker-2/etc/drbd.d/r0.res"), "resource r0 { }\n");
        CommandResult cat = run(host, "cat", "--", "/etc/drbd.d/r0.res");
        assertEquals("resource r0 { }\n", cat.stdout());
        Files.writeString(dir.resolve("worker-2/etc/drbd.d/r0.res"), "# edited\n");
        assertEquals("# edited\n", run(host, "cat", "--", "/etc/drbd.d/r0.res").stdout());
    }

    @Test
    void anUnknownFormatVersionIsRefusedWithWhatToDo() throws Exception {
        LabFixture.threeNodes(dir);
        Path state = dir.resolve("worker-1/.sim/state.json");
        Files.writeString(state, Files.readString(state).replace("\"format_version\" : 1", "\"format_version\" : 7"));
        SimLab lab = SimLab.open(dir);
        LabException refused = assertThrows(LabException.class, () -> lab.host("worker-1"));
        assertTrue(refused.getMessage().contains("format_version 7"), refused.getMessage());
        assertTrue(refused.getMessage().contains("reads version 1"), refused.getMessage());
    }

    @Test
    void openingSomethingElseOrCreatingTwiceIsRefused() {
        assertThrows(LabException.class, () -> SimLab.open(dir.resolve("nothing-here")));
        LabFixture.threeNodes(dir);
        assertThrows(LabException.class, () -> LabFixture.threeNodes(dir));
        assertThrows(LabException.class, () -> SimLab.open(dir).host("worker-9"));
    }

    @Test
    void twoLabObjectsOnOneFolderSeeEachOther() {
        SimLab first = LabFixture.threeNodes(dir);
        SimLab second = SimLab.open(dir);
        run(first.host("worker-1"), "pvcreate", "/dev/sdb");
        String pvs = run(second.host("worker-1"), "pvs", "--reportformat", "json", "-o", "pv_name").stdout();
        assertTrue(pvs.contains("\"pv_name\":\"/dev/sdb\""), pvs);
        second.clock().advance(Duration.ofSeconds(30));
        assertEquals(LabOptions.defaults().start().plusSeconds(30), first.clock().now());
    }

    @Test
    void nothingIsRewrittenWhenNothingChanged() throws Exception {
        SimLab lab = LabFixture.threeNodes(dir);
        Path state = dir.resolve("worker-1/.sim/state.json");
        Files.setLastModifiedTime(state, java.nio.file.attribute.FileTime.fromMillis(0));
        run(lab.host("worker-1"), "lvs");
        assertEquals(0, Files.getLastModifiedTime(state).toMillis(), "a read-only command leaves the state file alone");
        run(lab.host("worker-1"), "pvcreate", "/dev/sdb");
        assertFalse(Files.getLastModifiedTime(state).toMillis() == 0);
    }
}
