package dev.berth.sim.lvm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * libdevmapper's size text, whose rounding a reader of LVM output depends on: two decimals
 * rounded half-even on the double, and {@code <} when the shown value is above the real one.
 */
class LvmUnitsTest {
    @Test
    void messagesUseTheLongUnitAndMarkRoundedUpValues() {
        assertEquals("52.00 MiB", LvmUnits.display(52L << 20));
        assertEquals("<15.88 TiB", LvmUnits.display(ThinPoolMath.maximumData(ThinPoolMath.DEFAULT_CHUNK_SECTORS)), "lvm2's own thin pool notice");
        assertEquals("64.00 KiB", LvmUnits.display(64L << 10));
        assertEquals("<10.00 GiB", LvmUnits.display(10L * (1 << 30) - (1 << 20)));
        assertEquals("1.17 GiB", LvmUnits.display(1200L << 20), "1.171875 rounds down: no marker");
    }

    @Test
    void reportsFollowTheirUnits() {
        assertEquals("1069547520", LvmUnits.report(1069547520L, 'b', false));
        assertEquals("1258291200B", LvmUnits.report(1258291200L, 'b', true));
        assertEquals("53248.00k", LvmUnits.report(52L << 20, 'k', true));
        assertEquals("0", LvmUnits.report(0, 'k', false), "LINSTOR's chunk_size of a linear LV");
        assertEquals("1.17g", LvmUnits.report(1200L << 20, 'r', true));
        assertEquals("0 ", LvmUnits.report(0, 'r', true), "pvs' PFree of a full PV");
    }

    @Test
    void commandLineSizesDefaultToMebibytesAndReadBothCases() {
        assertEquals(52428800L, LvmSizeArgument.size("51200k").orElseThrow().bytes());
        assertEquals(52428800L, LvmSizeArgument.size("50").orElseThrow().bytes());
        assertEquals(1610612736L, LvmSizeArgument.size("1.5G").orElseThrow().bytes());
        assertEquals('+', LvmSizeArgument.size("+20m").orElseThrow().sign());
        assertEquals("FREE", LvmSizeArgument.extents("100%free").orElseThrow().percentOf());
        assertEquals(13L, LvmSizeArgument.extentsFor(52428800L, 4L << 20));
    }

    @Test
    void thinPoolMetadataFollowsLvm2() {
        ThinPoolMath.Sizing small = ThinPoolMath.size(253, 4L << 20, 0, 0);
        assertEquals(128, small.chunkSectors());
        assertEquals(1, small.metadataExtents(), "at least 2 MiB, rounded up to one extent");
        ThinPoolMath.Sizing large = ThinPoolMath.size(4L * 1024 * 1024, 4L << 20, 0, 0);
        assertEquals(16384, large.chunkSectors(), "16 TiB at 64K chunks would need 16 GiB of metadata: the chunk doubles up to 8 MiB");
        assertEquals(32, large.metadataExtents(), "until the estimate is 128 MiB");
    }
}
