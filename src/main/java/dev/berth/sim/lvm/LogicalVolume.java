package dev.berth.sim.lvm;

import java.util.ArrayList;
import java.util.List;

/**
 * One logical volume. {@code role} says what kind: {@code linear}; {@code thin-pool} (no extents
 * of its own: its data and metadata are the hidden {@code <pool>_tdata} and {@code <pool>_tmeta});
 * {@code thin} (virtual size, data mapped lazily from its {@code pool}); {@code pool-data},
 * {@code pool-metadata}; {@code pool-spare} (the VG's {@code lvol0_pmspare}). No {@code isX()}
 * methods here: Jackson would take them for properties of the persisted shape.
 */
public final class LogicalVolume {
    public static final String LINEAR = "linear";
    public static final String THIN_POOL = "thin-pool";
    public static final String THIN = "thin";
    public static final String POOL_DATA = "pool-data";
    public static final String POOL_METADATA = "pool-metadata";
    public static final String POOL_SPARE = "pool-spare";

    public String name;
    public String uuid;
    public String role = LINEAR;
    public List<Segment> segments = new ArrayList<>();
    public List<String> tags = new ArrayList<>();
    /** Thin volumes: the size they show. */
    public long virtualSize;
    /** Thin volumes: their pool's name. */
    public String pool = "";
    /** Thin pools: whether newly provisioned blocks are zeroed (lv_attr's 8th character). */
    public boolean zeroNewBlocks;
    /** Thin pools: the allocation unit, in bytes. */
    public long chunkSize;
    /** Thin volumes: bytes of the pool they have written to (data_percent). */
    public long mappedBytes;

    public boolean visible() {
        return role.equals(LINEAR) || role.equals(THIN_POOL) || role.equals(THIN);
    }

    public boolean thinPool() { return role.equals(THIN_POOL); }

    public boolean thinVolume() { return role.equals(THIN); }

    public long extents() {
        return segments.stream().mapToLong(Segment::count).sum();
    }

    public String dataVolumeName() { return name + "_tdata"; }

    public String metadataVolumeName() { return name + "_tmeta"; }
}
