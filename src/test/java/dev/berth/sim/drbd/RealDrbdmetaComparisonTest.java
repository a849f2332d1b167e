package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's drbdmeta against the installed one on a 1 GiB file: create-md prints the same, the
 * fresh metadata dumps the same, and a dump the lab makes after writes (a last agreed size,
 * bitmap uuids, set bits) is accepted by the real {@code restore-md} and dumped back identically.
 * The first three dump lines (time, host and command line) are left out of the comparison.
 */
class RealDrbdmetaComparisonTest {
    @TempDir
    Path dir;

    private static String body(String dump) {
        return dump.lines().skip(3).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void freshMetadataAndAWrittenDumpMatchTheRealDrbdmeta() throws Exception {
        InstalledDrbdUtils real = InstalledDrbdUtils.require(dir);
        Path file = dir.resolve("md.img");
        try (RandomAccessFile image = new RandomAccessFile(file.toFile(), "rw")) {
            image.setLength(1L << 30);
        }
        String device = file.toString();
        InstalledDrbdUtils.Run created = real.drbdmeta("-", "v09", device, "internal", "create-md", "7", "--force");
        DrbdLab lab = new DrbdLab(dir.resolve("lab"), 3);
        lab.lv("alpha", "r0_00000", "1g");
        String ours = lab.ok("alpha", "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "create-md", "7", "--force");
        assertEquals(created.stdout(), ours);
        String theirDump = real.drbdmeta("-", "v09", device, "internal", "dump-md", "--force").stdout();
        assertEquals(body(theirDump), body(lab.ok("alpha", "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "dump-md", "--force")));
        assertEquals(real.drbdmeta("-", "v09", device, "internal", "--node-id=1", "get-gi", "--force").stdout(),
                lab.ok("alpha", "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "--node-id=1", "get-gi", "--force"));

        DrbdLab cluster = InitialSyncTest.threeNodes(dir.resolve("cluster"), InitialSyncTest.r0());
        cluster.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r0/0");
        cluster.ok("alpha", "drbdadm", "primary", "r0");
        cluster.ok("gamma", "drbdadm", "disconnect", "r0");
        DrbdWrites.write(cluster.lab, "alpha", "r0", 0, 64L * 1024 * 1024 + 12345);
        String written = cluster.ok("alpha", "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "dump-md", "--force");
        Path dump = Files.writeString(dir.resolve("dump.txt"), written);
        InstalledDrbdUtils.Run restored = real.drbdmeta("-", "v09", device, "internal", "restore-md", dump.toString(), "--force");
        assertEquals(0, restored.exitCode(), restored.stderr());
        assertEquals(body(written), body(real.drbdmeta("-", "v09", device, "internal", "dump-md", "--force").stdout()));
    }
}
