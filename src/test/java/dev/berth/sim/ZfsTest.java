package dev.berth.sim;

import dev.berth.model.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ZFS as LINSTOR and Berth drive it: a pool on a disk, thick and sparse zvols, growth, the
 * ownership property, and OpenZFS's refusals. Messages come from OpenZFS 2.1.11's sources (no ZFS
 * could be installed on the fixture machine); numbers from the lab's documented model.
 */
class ZfsTest {
    private static final String LIST = "name,type,volsize,used,avail,refreservation,volblocksize,berth:managed";

    @TempDir
    Path dir;
    private SimHost host;

    @BeforeEach
    void poolOnSdb() {
        host = LabFixture.threeNodes(dir).host("worker-2");
        assertEquals(new CommandResult(0, "", ""), run(host, "zpool", "create", "tank", "/dev/sdb"));
    }

    @Test
    void thickAndSparseZvolsAsLinstorCreatesThem() {
        assertEquals(0, run(host, "zfs", "create", "-V", "1048576KB", "-o", "berth:managed=yes", "tank/r0_00000").exitCode());
        assertEquals(0, run(host, "zfs", "create", "-s", "-V", "10G", "tank/r1_00000").exitCode());
        String[] thick = row("tank/r0_00000");
        // volsize + (7 + 64 + 1 indirect blocks) × 2 copies × 128K, with 16K blocks
        assertEquals(List.of("tank/r0_00000", "volume", "1073741824", "1092616192", "1092616192", "16384", "yes"),
                List.of(thick[0], thick[1], thick[2], thick[3], thick[5], thick[6], thick[7]));
        String[] sparse = row("tank/r1_00000");
        assertEquals(List.of("volume", "10737418240", "0", "0", "-"), List.of(sparse[1], sparse[2], sparse[3], sparse[5], sparse[7]));
        assertEquals("/dev/zd16", host.devices().find("/dev/zvol/tank/r1_00000").orElseThrow().path());
    }

    @Test
    void growingAThickZvolMovesItsReservation() {
        run(host, "zfs", "create", "-V", "1048576KB", "tank/r0_00000");
        assertEquals(new CommandResult(0, "", ""), run(host, "zfs", "set", "volsize=2097152KB", "tank/r0_00000"));
        assertEquals("2147483648", row("tank/r0_00000")[2]);
        assertTrue(Long.parseLong(row("tank/r0_00000")[5]) > 2147483648L);
        assertEquals(new CommandResult(1, "", "cannot set property for 'tank/r0_00000': 'volsize' must be a multiple of volume block size (16K)\n"),
                run(host, "zfs", "set", "volsize=1000KB", "tank/r0_00000"));
        assertEquals(new CommandResult(1, "", "cannot set property for 'tank/r0_00000': size is greater than available space\n"),
                run(host, "zfs", "set", "volsize=100G", "tank/r0_00000"));
        assertEquals(0, run(host, "zfs", "set", "berth:managed=yes", "tank/r0_00000").exitCode());
        assertEquals("yes", row("tank/r0_00000")[7]);
    }

    @Test
    void refusalsAreOpenZfsMessages() {
        run(host, "zfs", "create", "-V", "1G", "tank/r0_00000");
        assertEquals(new CommandResult(1, "", "cannot create 'tank/r0_00000': dataset already exists\n"),
                run(host, "zfs", "create", "-V", "1G", "tank/r0_00000"));
        assertEquals(new CommandResult(1, "", "cannot create 'nope/x': no such pool 'nope'\n"), run(host, "zfs", "create", "-V", "1G", "nope/x"));
        assertEquals(new CommandResult(1, "", "cannot create 'tank/x': volume size must be a multiple of volume block size\n"),
                run(host, "zfs", "create", "-V", "1000", "tank/x"));
        assertEquals(new CommandResult(1, "", "cannot create 'tank/x': out of space\n"), run(host, "zfs", "create", "-V", "100G", "tank/x"));
        assertEquals(0, run(host, "zfs", "create", "-s", "-V", "100G", "tank/x").exitCode(), "a sparse zvol may promise more than the pool has");
        assertEquals(new CommandResult(1, "", "cannot open 'tank/y': dataset does not exist\n"), run(host, "zfs", "destroy", "tank/y"));
        assertEquals(new CommandResult(1, "", "cannot create 'tank': pool already exists\n"), run(host, "zpool", "create", "tank", "/dev/nvme0n1"));
        assertEquals(new CommandResult(1, "", "cannot resolve path '/dev/nope'\n"), run(host, "zpool", "create", "other", "/dev/nope"));
        CommandResult member = run(host, "zpool", "create", "other", "/dev/sdb");
        assertEquals("invalid vdev specification\nuse '-f' to override the following errors:\n/dev/sdb is part of active pool 'tank'\n", member.stderr());
    }

    @Test
    void aPoolDiskCarriesAZfsLabelAndIsBusy() {
        assertTrue(run(host, "blkid", "--probe", "--output", "export", "/dev/sdb").stdout().contains("TYPE=zfs_member\nUSAGE=filesystem\n"));
        assertEquals("wipefs: error: /dev/sdb: probing initialization failed: Device or resource busy\n", run(host, "wipefs", "-a", "/dev/sdb").stderr());
        assertEquals("  Can't open /dev/sdb exclusively.  Mounted filesystem?\n", run(host, "pvcreate", "/dev/sdb").stderr());
        assertEquals(0, run(host, "zpool", "destroy", "tank").exitCode());
        assertTrue(run(host, "blkid", "--probe", "--output", "export", "/dev/sdb").stdout().contains("LABEL=tank\n"), "the label stays");
        assertEquals(0, run(host, "zpool", "create", "other", "/dev/nvme0n1", "/dev/sdb").exitCode(),
                "but the destroyed pool's label does not stop a new pool");
    }

    @Test
    void destroyRemovesZvolsButNotPoolsOrBusyOnes() {
        run(host, "zfs", "create", "-V", "1G", "tank/r0_00000");
        assertEquals(0, run(host, "zfs", "destroy", "tank/r0_00000").exitCode());
        assertTrue(host.devices().find("/dev/zvol/tank/r0_00000").isEmpty());
        assertEquals(1, run(host, "zfs", "destroy", "tank").exitCode());
        assertEquals("", run(host, "zfs", "list", "-H", "-t", "volume").stdout());
    }

    @Test
    void aHostWithoutZfsutilsHasNoZfs(@TempDir Path other) {
        LabOptions options = LabOptions.defaults().withVersions(ToolVersions.debian12().withoutZfs());
        SimHost plain = SimLab.create(other, List.of(LabFixture.node("worker-9", "10.0.0.9")), options).host("worker-9");
        CommandResult missing = run(plain, "zfs", "version");
        assertEquals(127, missing.exitCode());
        assertTrue(missing.stderr().startsWith("sh: 1: zfs: not found\n"));
    }

    private String[] row(String dataset) {
        return run(host, "zfs", "list", "-H", "-p", "-o", LIST, dataset).stdout().strip().split("\t");
    }
}
