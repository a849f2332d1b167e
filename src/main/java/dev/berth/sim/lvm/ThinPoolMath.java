package dev.berth.sim.lvm;

/**
 * lvm2 2.03.16's thin-pool sizing (lib/metadata/thin_manip.c, update_thin_pool_params): a 64 KiB
 * chunk unless given, doubled while the estimated metadata exceeds 128 MiB; metadata estimated at
 * 64 bytes per chunk, at least 2 MiB, rounded up to whole extents; the largest data size a chunk
 * size can address, for the "can address at most" notice. All in 512-byte sectors, as LVM counts.
 */
final class ThinPoolMath {
    static final long DEFAULT_CHUNK_SECTORS = 128;
    static final long MAX_CHUNK_SECTORS = 2097152;
    static final long OPTIMAL_METADATA_SECTORS = 2L * 128 * 1024;
    static final long MIN_METADATA_SECTORS = 2L * 2048;
    /** DEFAULT_THIN_POOL_MAX_METADATA_SIZE_V1_KB × 2: the uncropped maximum (thin_pool_crop_metadata = 0). */
    static final long MAX_METADATA_SECTORS = 2L * 255 * ((1 << 14) - 64) * 4;

    /** Chunk and metadata size for a pool of {@code dataExtents}. */
    record Sizing(long chunkSectors, long metadataExtents) {
        long chunkBytes() { return chunkSectors * 512; }
    }

    private ThinPoolMath() {}

    static Sizing size(long dataExtents, long extentSize, long chosenChunkBytes, long chosenMetadataBytes) {
        long extentSectors = extentSize / 512;
        long chunk = chosenChunkBytes > 0 ? chosenChunkBytes / 512 : DEFAULT_CHUNK_SECTORS;
        long metadata;
        if (chosenMetadataBytes > 0) {
            metadata = chosenMetadataBytes / 512;
        } else {
            metadata = estimateMetadata(dataExtents, extentSectors, chunk);
            if (chosenChunkBytes == 0) {
                while (metadata > OPTIMAL_METADATA_SECTORS && chunk < MAX_CHUNK_SECTORS) {
                    chunk <<= 1;
                    metadata >>= 1;
                }
            }
            metadata = roundUp(metadata, extentSectors);
        }
        long maximum = roundUp(MAX_METADATA_SECTORS, extentSectors);
        long minimum = roundUp(MIN_METADATA_SECTORS, extentSectors);
        metadata = Math.max(minimum, Math.min(maximum, metadata));
        return new Sizing(chunk, (metadata + extentSectors - 1) / extentSectors);
    }

    /** nr_pool_blocks × 64 bytes, in sectors. */
    static long estimateMetadata(long dataExtents, long extentSectors, long chunkSectors) {
        return dataExtents * extentSectors / (chunkSectors * (512 / 64));
    }

    /** The most data a pool with this chunk size can address, in bytes. */
    static long maximumData(long chunkSectors) {
        return MAX_METADATA_SECTORS * chunkSectors * 512 / 64 * 512;
    }

    private static long roundUp(long value, long unit) {
        return (value + unit - 1) / unit * unit;
    }
}
