package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Size;
import dev.berth.observed.ZfsDataset;
import dev.berth.observed.ZfsDatasetType;
import dev.berth.observed.Zpool;
import dev.berth.observed.ZpoolHealth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** zpool and zfs against CONSTRUCTED samples (ZFS is not installable here; see fixtures/zfs/SOURCES.md). */
class ZfsParsersTest {
    @Test
    void poolsWithTheirHealth() {
        List<Zpool> pools = value(ZpoolListParser.parse(Fixtures.output(DiscoveryCommands.ZPOOLS, 0, "zpool", "constructed-list.txt")));
        assertEquals(List.of("backup", "tank"), pools.stream().map(Zpool::name).toList());
        assertTrue(pools.get(0).health().is(ZpoolHealth.DEGRADED));
        assertEquals(Size.ofGiB(10), pools.get(1).size());
        assertEquals(Size.ofGiB(2), pools.get(1).allocated());
    }

    @Test
    void datasetsWithBerthsMarkAndSparseVolumes() {
        List<ZfsDataset> datasets = value(ZfsListParser.parse(Fixtures.output(DiscoveryCommands.ZFS_DATASETS, 0, "zfs", "constructed-list.txt")));
        assertEquals(5, datasets.size());
        ZfsDataset root = datasets.get(0);
        assertTrue(root.type().is(ZfsDatasetType.FILESYSTEM));
        assertEquals(Optional.empty(), root.volumeSize());
        assertEquals(Optional.empty(), root.managed());
        ZfsDataset thick = datasets.get(2);
        assertEquals("tank/berth/r0_00000", thick.name());
        assertTrue(thick.isVolume() && thick.isBerths());
        assertEquals(Optional.of(Size.ofGiB(1)), thick.volumeSize());
        assertEquals(Optional.of(Size.ofKiB(16)), thick.volumeBlockSize());
        assertTrue(thick.refreservation().isPresent());
        assertEquals("tank", thick.pool());
        assertEquals("/dev/zvol/tank/berth/r0_00000", thick.devicePath());
        // A refreservation of none is printed as 0 under -p: a sparse zvol.
        assertEquals(Optional.empty(), datasets.get(3).refreservation());
        assertTrue(!datasets.get(4).isBerths());
    }

    @Test
    void aLineWithTooFewColumnsIsNamedWithHostCommandAndLine() {
        String text = Fixtures.required("zfs", "constructed-list.txt").replace("tank/other\tvolume\t536870912\t8192\t", "tank/other\tvolume\t");
        CommandOutput output = Fixtures.output(DiscoveryCommands.ZFS_DATASETS, 0, text);
        Parsed<List<ZfsDataset>> parsed = ZfsListParser.parse(output);
        String message = failure(parsed, output);
        assertTrue(message.contains("expected 8 tab-separated fields (name,type,volsize,used,avail,refreservation,volblocksize,berth:managed), found 6"), message);
        Fixtures.assertAt(parsed, 5, 1);
    }

    @Test
    void aWrongValueIsNamedAtItsColumn() {
        CommandOutput output = Fixtures.output(DiscoveryCommands.ZPOOLS, 0, "tank\t10G\t0\t10737418240\tONLINE\n");
        Parsed<List<Zpool>> parsed = ZpoolListParser.parse(output);
        assertTrue(failure(parsed, output).contains("expected a byte count for size, found \"10G\""));
        Fixtures.assertAt(parsed, 1, 6);
        CommandOutput snapshot = Fixtures.output(DiscoveryCommands.ZFS_DATASETS, 0, "tank@s1\tsnapshot\t-\t0\t-\t-\t-\t-\n");
        assertTrue(failure(ZfsListParser.parse(snapshot), snapshot).contains("expected type filesystem or volume, found \"snapshot\""));
    }

    @Test
    void versionAndAMissingTool() {
        assertEquals("2.1.11-1", value(ZfsVersionParser.parse(Fixtures.output(DiscoveryCommands.ZFS_VERSION, 0, "zfs", "constructed-version.txt"))));
        CommandOutput missing = Fixtures.output(DiscoveryCommands.ZFS_VERSION, 127, "sh", "zfs-version-not-installed.txt");
        assertTrue(MissingTool.isMissing(missing));
        assertTrue(MissingTool.isMissing(CommandOutput.of("alpha", DiscoveryCommands.ZPOOLS, 1, "", "sudo: zpool: command not found\n")));
        assertTrue(!MissingTool.isMissing(Fixtures.output(DiscoveryCommands.DRBDADM_VERSION, 0, "drbdadm", "version-no-module.txt")));
        assertEquals(List.of(), value(ZpoolListParser.parse(CommandOutput.of("alpha", DiscoveryCommands.ZPOOLS, 0, "", "no pools available\n"))));
    }
}
