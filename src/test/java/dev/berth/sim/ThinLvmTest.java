package dev.berth.sim;

import dev.berth.model.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LVM-thin on a storage server (device-mapper present): LINSTOR's pool and volume commands, the
 * attributes Berth reads (zeroing, open), usage that follows writes, and the refusals around them.
 * No real thin pool could be captured on the fixture machine; sizes follow lvm2's thin_manip.c.
 */
class ThinLvmTest {
    @TempDir
    Path dir;
    private SimHost host;

    @BeforeEach
    void poolOnNvme() {
        host = LabFixture.threeNodes(dir).host("worker-1");
        run(host, "vgcreate", "vg0", "/dev/nvme0n1");
    }

    @Test
    void linstorsThinPoolCommandLeavesRoomForMetadataAndSpare() {
        CommandResult created = run(host, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg0/thin");
        assertEquals("  Thin pool volume with chunk size 64.00 KiB can address at most <15.88 TiB of data.\n  Logical volume \"thin\" created.\n",
                created.stdout());
        assertEquals("", created.stderr());
        // 10 GiB disk: 2559 extents; metadata estimate 10 MiB → 3 extents, plus a spare of the same size
        assertEquals("  thin;10708058112;twi-a-tz--;0.00\n", lvs("lv_name,lv_size,lv_attr,data_percent", "vg0/thin"));
        assertEquals("  [thin_tmeta];12582912\n", lvs("lv_name,lv_size", "-a", "vg0/thin_tmeta"));
        assertEquals("  0\n", run(host, "vgs", "--noheadings", "--units", "b", "--nosuffix", "-o", "vg_free").stdout());
    }

    @Test
    void thinVolumesUsePoolSpaceOnlyWhenWritten() {
        run(host, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg0/thin");
        CommandResult created = run(host, "lvcreate", "--virtualsize", "1048576k", "vg0", "--thinpool", "thin", "--name", "r0_00000");
        assertEquals("  Logical volume \"r0_00000\" created.\n", created.stdout());
        assertEquals("  r0_00000;1073741824;Vwi-a-tz--;thin;0.00\n", lvs("lv_name,lv_size,lv_attr,pool_lv,data_percent", "vg0/r0_00000"));
        host.devices().written(host.devices().find("/dev/vg0/r0_00000").orElseThrow(), 512L * 1024 * 1024);
        assertEquals("  r0_00000;50.00\n", lvs("lv_name,data_percent", "vg0/r0_00000"));
        assertEquals("  thin;5.01;twi-aotz--\n", lvs("lv_name,data_percent,lv_attr", "vg0/thin"));
    }

    @Test
    void overProvisioningIsAllowedWithLvm2sWarnings() {
        run(host, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg0/thin");
        CommandResult created = run(host, "lvcreate", "--virtualsize", "20g", "vg0", "--thinpool", "thin", "--name", "big");
        assertEquals(0, created.exitCode());
        assertEquals("  WARNING: Sum of all thin volume sizes (20.00 GiB) exceeds the size of thin pool vg0/thin and the size of whole"
                + " volume group (<10.00 GiB).\n", created.stderr());
        assertTrue(created.stdout().startsWith("  WARNING: You have not turned on protection against thin pools running out of space.\n"));
    }

    @Test
    void zeroingIsWhatLinstorChecksAndTurnsOn() {
        run(host, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg0/thin", "-Z", "n");
        assertEquals("  twi-a-t---\n", lvs("lv_attr", "vg0/thin"));
        assertEquals("  Logical volume vg0/thin changed.\n", run(host, "lvchange", "--zero", "y", "vg0/thin").stdout());
        assertEquals("  twi-a-tz--\n", lvs("lv_attr", "vg0/thin"));
        CommandResult again = run(host, "lvchange", "--zero", "y", "vg0/thin");
        assertEquals(new CommandResult(5, "", "  Logical volume vg0/thin already zero new blocks.\n"), again);
    }

    @Test
    void aPoolWithVolumesIsRemovedOnlyWhenForced() {
        run(host, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg0/thin");
        run(host, "lvcreate", "--virtualsize", "1g", "vg0", "--thinpool", "thin", "--name", "r0_00000");
        CommandResult refused = run(host, "lvremove", "vg0/thin");
        assertEquals(5, refused.exitCode());
        assertEquals("Removing pool vg0/thin will remove 1 dependent volume(s). Proceed? [y/n]: [n]\n  Logical volume vg0/thin not removed.\n",
                refused.stderr());
        CommandResult removed = run(host, "lvremove", "-f", "vg0/thin");
        assertEquals("  Logical volume \"r0_00000\" successfully removed.\n  Logical volume \"thin\" successfully removed.\n", removed.stdout());
        assertEquals("", lvs("lv_name", "-a"), "data, metadata and the spare went with the last pool");
    }

    @Test
    void anActiveVolumeIsShrunkOrRemovedOnlyWhenForced() {
        run(host, "lvcreate", "--size", "1048576k", "vg0", "-n", "r0", "-y");
        CommandResult refused = run(host, "lvreduce", "-L", "512m", "vg0/r0");
        assertEquals("  WARNING: Reducing active logical volume to 512.00 MiB.\n  THIS MAY DESTROY YOUR DATA (filesystem etc.)\n"
                + "Do you really want to reduce vg0/r0? [y/n]: [n]\n  Logical volume vg0/r0 NOT reduced.\n", refused.stderr());
        assertEquals(5, run(host, "lvremove", "vg0/r0").exitCode());
        assertEquals(0, run(host, "lvremove", "-y", "vg0/r0").exitCode());
    }

    @Test
    void withoutDeviceMapperThereAreNoLvDevicesAndNoThinPools(@TempDir Path other) {
        SimHost plain = SimLab.create(other, java.util.List.of(LabFixture.node("vm", "10.0.0.9")), LabOptions.defaults().withoutDeviceMapper()).host("vm");
        run(plain, "vgcreate", "vg0", "/dev/sdb");
        run(plain, "lvcreate", "-L", "8m", "-n", "r0", "vg0");
        assertTrue(plain.devices().find("/dev/vg0/r0").isEmpty());
        assertEquals(5, run(plain, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg0/thin").exitCode());
    }

    private String lvs(String columns, String... selection) {
        java.util.List<String> argv = new java.util.ArrayList<>(java.util.List.of("lvs", "--noheadings", "--separator", ";", "--units", "b", "--nosuffix", "-o", columns));
        argv.addAll(java.util.List.of(selection));
        return run(host, argv.toArray(String[]::new)).stdout();
    }
}
