package dev.berth.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Size;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The worked values of drbd-facts §3 (drbdmeta and LINSTOR agree on them) and the inverse's contract. */
class MetadataSizeTest {
    @Test
    void twentyGibWithSevenPeersNeeds4520KibOfMetadata() {
        Size gross = MetadataSize.grossFor(Size.ofGiB(20), 7);
        assertEquals(Size.ofKiB(20_976_040), gross);
        assertEquals(Size.ofKiB(4520), MetadataSize.internal(gross, 7));
        assertEquals(Size.ofGiB(20), MetadataSize.usable(gross, 7));
    }

    @Test
    void workedValuesForOtherSizesAndPeerCounts() {
        assertEquals(Size.ofKiB(1320), metadataFor(Size.ofGiB(20), 2));
        assertEquals(Size.ofKiB(264), metadataFor(Size.ofGiB(1), 7));
        assertEquals(Size.ofKiB(229_464), metadataFor(Size.ofBytes(Size.TIB), 7));
    }

    @Test
    void metadataIsComputedOverTheGrossSize() {
        // A 20 GiB backing device itself carries 4516 KiB: 4 KiB less than the device that offers 20 GiB.
        assertEquals(Size.ofKiB(4516), MetadataSize.internal(Size.ofGiB(20), 7));
        assertEquals(8 + 64 + 8, MetadataSize.internalSectors(8, 1), "even a tiny device has one 4 KiB bitmap block");
    }

    @Test
    void peerSlotsOutsideDrbdmetasRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MetadataSize.grossFor(Size.ofGiB(1), 0));
        assertThrows(IllegalArgumentException.class, () -> MetadataSize.usable(Size.ofGiB(1), 32));
    }

    /** Seeded property: rerun a failure with {@code -Dberth.seed=N}. */
    static final long SEED = Long.getLong("berth.seed", 20261125L);

    @Test
    void grossForIsTheSmallestSizeThatFits() {
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            long netBytes = 1 + Math.floorMod(random.nextLong(), 1L << 42);
            int peers = 1 + random.nextInt(31);
            Size gross = MetadataSize.grossFor(Size.ofBytes(netBytes), peers);
            String context = netBytes + " bytes, " + peers + " peers";
            assertTrue(MetadataSize.usable(gross, peers).bytes() >= roundedToSectors(netBytes), context);
            Size oneSectorLess = Size.ofBytes(gross.bytes() - 512);
            assertTrue(MetadataSize.usable(oneSectorLess, peers).bytes() < roundedToSectors(netBytes), context);
        }
    }

    @Test
    void smallSizesMatchAnExhaustiveSearch() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 100; i++) {
            long netSectors = 1 + random.nextInt(200_000);
            int peers = 1 + random.nextInt(31);
            long gross = netSectors;
            while (gross - MetadataSize.internalSectors(gross, peers) < netSectors) gross++;
            assertEquals(Size.ofBytes(gross * 512), MetadataSize.grossFor(Size.ofBytes(netSectors * 512), peers),
                    netSectors + " sectors, " + peers + " peers");
        }
    }

    private static Size metadataFor(Size net, int peers) {
        return MetadataSize.internal(MetadataSize.grossFor(net, peers), peers);
    }

    private static long roundedToSectors(long bytes) { return (bytes + 511) / 512 * 512; }
}
