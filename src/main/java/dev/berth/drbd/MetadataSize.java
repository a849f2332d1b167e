package dev.berth.drbd;

import dev.berth.model.Size;

/**
 * The size of DRBD's internal metadata, exactly as drbdmeta lays it out at the end of the backing
 * device: [data][bitmap][activity log][superblock]. The bitmap has one bit per 4 KiB block per
 * peer slot, so a device needs more room for more peers — which is why the planner fixes
 * max-peers up front and sizes backing volumes with {@link #grossFor}.
 * Source: drbd-utils drbdmeta.c bm_bytes() and re_initialize_md_offsets(), case flex-internal.
 */
public final class MetadataSize {
    private static final long SECTOR = 512;
    /** Bitmap granularity: one bit covers 4 KiB = 8 sectors. */
    private static final long SECTORS_PER_BIT = 8;
    /** Superblock (4 KiB) plus the default activity log (1 stripe x 32 KiB), in sectors. */
    private static final long SUPERBLOCK_AND_ACTIVITY_LOG = 8 + 64;

    private MetadataSize() {}

    /** Internal metadata sectors for a backing device of {@code backingSectors} and {@code peers} slots. */
    public static long internalSectors(long backingSectors, int peers) {
        requirePeers(peers);
        if (backingSectors < 0) throw new IllegalArgumentException("negative device size");
        long bits = align(ceilDiv(backingSectors, SECTORS_PER_BIT), 64);
        long bytes = align(bits / 8 * peers, 4096);
        return align(bytes / SECTOR, 8) + SUPERBLOCK_AND_ACTIVITY_LOG;
    }

    /** Internal metadata for a device of {@code gross} bytes (drbdmeta counts whole sectors). */
    public static Size internal(Size gross, int peers) {
        return Size.ofBytes(internalSectors(gross.sectors(), peers) * SECTOR);
    }

    /** What the DRBD device offers on top of a backing device of {@code gross} bytes; zero if too small. */
    public static Size usable(Size gross, int peers) {
        long sectors = gross.sectors();
        return Size.ofBytes(Math.max(0, sectors - internalSectors(sectors, peers)) * SECTOR);
    }

    /**
     * The smallest backing size (whole sectors) whose usable size is at least {@code net}. As in
     * LINSTOR, the metadata is computed over the gross size, so the answer is found by iterating
     * {@code gross = net + md(gross)} from {@code net + md(net)}: md never shrinks as the device
     * grows, so each step stays at or below the smallest fitting size and the first fit is it.
     * Note usable() is not monotonic (md grows in 4 KiB steps): callers that round the result up
     * (LVM extents) gain far more than the 4 KiB one more bitmap block can take.
     */
    public static Size grossFor(Size net, int peers) {
        requirePeers(peers);
        long wanted = ceilDiv(net.bytes(), SECTOR);
        long gross = wanted + internalSectors(wanted, peers);
        while (gross - internalSectors(gross, peers) < wanted) {
            gross = wanted + internalSectors(gross, peers);
        }
        return Size.ofBytes(gross * SECTOR);
    }

    private static void requirePeers(int peers) {
        if (peers < 1 || peers > 31) throw new IllegalArgumentException("peer slots out of range 1..31: " + peers);
    }

    private static long align(long value, long unit) { return ceilDiv(value, unit) * unit; }

    private static long ceilDiv(long value, long divisor) { return (value + divisor - 1) / divisor; }
}
