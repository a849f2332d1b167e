package dev.berth.sim;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command of discovery's batch gets an answer in the real tool's format, on a storage server with LVM-thin and ZFS. */
class DiscoveryBatchTest {
    @TempDir
    Path dir;

    @Test
    void everyDiscoveryCommandIsAnswered() throws Exception {
        SimLab lab = LabFixture.threeNodesWithoutDrbd(dir);
        SimHost host = lab.host("worker-1");
        run(host, "vgcreate", "--addtag", "berth", "vg_fast", "/dev/nvme0n1");
        run(host, "lvcreate", "-l", "100%FREE", "-T", "-n", "vg_fast/thin");
        run(host, "lvcreate", "--virtualsize", "1048576k", "vg_fast", "--thinpool", "thin", "--name", "r0_00000", "--addtag", "berth");
        run(host, "zpool", "create", "tank", "/dev/sdb");
        run(host, "zfs", "create", "-s", "-V", "524288KB", "-o", "berth:managed=yes", "tank/r1_00000");
        List<Command> batch = DiscoveryCommands.batch(List.of("/dev/nvme0n1", "/dev/sdb"));
        List<CommandResult> results = lab.connect("worker-1").runBatch(batch);
        assertEquals(batch.size(), results.size());

        assertEquals("worker-1\n", results.get(0).stdout());
        assertEquals("6.1.0-28-amd64\n", results.get(1).stdout());
        assertTrue(results.get(2).stdout().contains("DRBDADM_VERSION=9.22.0\n"), "drbd-utils without a module");
        assertEquals(1, results.get(3).exitCode(), "no /proc/drbd without the module");
        assertTrue(results.get(4).stdout().startsWith("  LVM version:     2.03.16(2) (2022-05-18)\n"));
        assertEquals("zfs-2.2.7-1~bpo12+1\nzfs-kmod-2.2.7-1~bpo12+1\n", results.get(5).stdout());

        JsonNode lsblk = SimJson.read(results.get(6).stdout()).get("blockdevices");
        assertEquals("sdb", lsblk.get(0).get("name").asString(), "by device number: sd (8), zd (230), nvme (259)");
        assertEquals("zfs_member", lsblk.get(0).get("fstype").asString());
        assertEquals("zd0", lsblk.get(1).get("name").asString());
        assertEquals("nvme0n1", lsblk.get(2).get("name").asString());
        assertEquals("LVM2_member", lsblk.get(2).get("fstype").asString());
        assertEquals("vg_fast-r0_00000", lsblk.get(2).get("children").get(0).get("name").asString());
        assertEquals("nvme0n1", lsblk.get(2).get("children").get(0).get("pkname").asString());

        JsonNode volumes = SimJson.read(results.get(9).stdout()).get("report").get(0).get("lv");
        assertEquals(2, volumes.size());
        assertEquals("r0_00000", volumes.get(0).get("lv_name").asString(), "sorted by name");
        assertEquals("Vwi-a-tz--", volumes.get(0).get("lv_attr").asString());
        assertEquals("thin", volumes.get(0).get("pool_lv").asString());
        assertEquals("1073741824", volumes.get(0).get("lv_size").asString());
        assertEquals("twi-aotz--", volumes.get(1).get("lv_attr").asString(), "a zeroing pool, open because of its thin volume");
        assertEquals("0.00", volumes.get(1).get("data_percent").asString());
        assertEquals("thin-pool", volumes.get(1).get("segtype").asString());

        assertEquals("tank\t", results.get(10).stdout().substring(0, 5));
        assertEquals(5, results.get(10).stdout().strip().split("\t").length);
        String datasets = results.get(11).stdout();
        assertTrue(datasets.startsWith("tank\tfilesystem\t-\t"), datasets);
        assertTrue(datasets.contains("tank/r1_00000\tvolume\t536870912\t0\t"), datasets);
        assertTrue(datasets.endsWith("\t0\t16384\tyes\n"), "sparse: no refreservation, 16K blocks, marked: " + datasets);

        assertTrue(results.get(12).succeeded(), "drbdadm dump all of a configuration without resources");
        assertEquals(20, results.get(13).exitCode());
        assertEquals(20, results.get(14).exitCode());
        assertEquals("", results.get(15).stdout(), "no resource files yet");
        for (int i = 16; i <= 18; i++) assertEquals(1, results.get(i).exitCode(), batch.get(i) + " is missing on a new host");
        assertEquals(2, results.get(19).exitCode(), "no LINSTOR satellite");
        assertEquals("DEVNAME=/dev/nvme0n1\n", results.get(20).stdout().lines().findFirst().orElseThrow() + "\n");
        assertTrue(results.get(21).stdout().contains("TYPE=zfs_member\n"));
    }

    @Test
    void aBlankHostAnswersWithEmptyReports() throws Exception {
        SimLab lab = LabFixture.threeNodes(dir);
        List<CommandResult> results = lab.connect("worker-2").runBatch(DiscoveryCommands.batch(List.of("/dev/sdb", "/dev/nope")));
        assertEquals("  {\n      \"report\": [\n          {\n              \"pv\": [\n              ]\n          }\n      ]\n  }\n", results.get(7).stdout());
        assertEquals("", results.get(10).stdout(), "zpool list -H of no pools prints nothing");
        assertEquals(new CommandResult(2, "", ""), results.get(20), "a blank disk");
        assertEquals(new CommandResult(2, "", ""), results.get(21), "a missing disk");
    }
}
