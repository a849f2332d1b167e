package dev.berth.plan.placement;

import dev.berth.desired.Backend;
import dev.berth.desired.StoragePool;
import dev.berth.drbd.MetadataSize;
import dev.berth.model.Size;
import dev.berth.observed.ObservedHost;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LINSTOR's names, and gross sizes rounded to what the backend allocates. */
class BackingVolumesTest {
    @Test
    void volumesAreNamedLikeLinstorsAndLiveWhereTheFileSaysTheyDo() {
        assertEquals("mysql-data-0_00000", BackingVolumes.name("mysql-data-0", 0));
        assertEquals("pg-main_00001", BackingVolumes.name("pg-main", 1));
        assertEquals("big_00012", BackingVolumes.name("big", 12));
        assertEquals("huge_123456", BackingVolumes.name("huge", 123456));
        assertEquals("/dev/vg_fast/r_00000", BackingVolumes.devicePath(Stacks.thinPool("fast", "a"), "r", 0));
        StoragePool zfs = new StoragePool("scratch", Backend.ZFS_THIN, "tank/scratch", Optional.empty(), new TreeSet<>(List.of("a")), new TreeMap<>());
        assertEquals("/dev/zvol/tank/scratch/r_00002", BackingVolumes.devicePath(zfs, "r", 2));
    }

    @Test
    void lvmSizesAreWholeExtentsOfTheObservedGroupOrFourMebibytes() {
        Size net = Size.ofGiB(20);
        Size gross = MetadataSize.grossFor(net, 7);
        Size fourMiB = BackingVolumes.grossSize(net, 7, Backend.LVM_THIN, BackingVolumes.DEFAULT_EXTENT);
        assertEquals(gross.roundUpTo(Size.ofMiB(4)), fourMiB);
        assertEquals(0, fourMiB.bytes() % Size.ofMiB(4).bytes());
        assertTrue(MetadataSize.usable(fourMiB, 7).compareTo(net) >= 0, "the device offers at least the net size");

        StoragePool pool = Stacks.thinPool("fast", "a");
        ObservedHost bigExtents = ObservedHosts.host("a", List.of(new dev.berth.observed.VolumeGroup("vg_fast", "u", Size.ofGiB(100),
                Size.ofGiB(100), Size.ofMiB(32), 3200, 3200, 1, 0, new TreeSet<>())), List.of(), List.of(), List.of(), List.of());
        assertEquals(Size.ofMiB(32), BackingVolumes.extentSize(pool, Optional.of(bigExtents)));
        assertEquals(gross.roundUpTo(Size.ofMiB(32)), BackingVolumes.grossSize(net, 7, pool, Optional.of(bigExtents)));
        assertEquals(BackingVolumes.DEFAULT_EXTENT, BackingVolumes.extentSize(pool, Optional.of(ObservedHosts.down("a"))));
    }

    @Test
    void zvolSizesAreWholeSixteenKibibyteBlocks() {
        Size net = Size.ofBytes(Size.GIB + 4096);
        Size gross = BackingVolumes.grossSize(net, 3, Backend.ZFS, BackingVolumes.DEFAULT_EXTENT);
        assertEquals(MetadataSize.grossFor(net, 3).roundUpTo(Size.ofKiB(16)), gross);
        assertEquals(0, gross.bytes() % Size.ofKiB(16).bytes(), "a multiple of 16 KiB is also one of the old 8 KiB default");
        assertTrue(gross.bytes() < MetadataSize.grossFor(net, 3).bytes() + Size.ofKiB(16).bytes());
    }

    @Test
    void morePeerSlotsNeedMoreRoom() {
        Size net = Size.ofGiB(100);
        assertTrue(BackingVolumes.grossSize(net, 31, Backend.LVM, BackingVolumes.DEFAULT_EXTENT)
                .compareTo(BackingVolumes.grossSize(net, 1, Backend.LVM, BackingVolumes.DEFAULT_EXTENT)) > 0);
    }
}
