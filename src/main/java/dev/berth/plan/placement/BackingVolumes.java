package dev.berth.plan.placement;

import dev.berth.desired.Backend;
import dev.berth.desired.StoragePool;
import dev.berth.drbd.MetadataSize;
import dev.berth.model.Size;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.VolumeGroup;

import java.util.Optional;

/**
 * Names and sizes of the LVs and zvols under DRBD volumes. Names follow LINSTOR
 * ({@code <resource>_00000} for volume 0, facts §2) so that an admin who knows LINSTOR finds
 * them where expected; sizes are the net size plus DRBD's internal metadata for the group's peer
 * slots, rounded up to what the backend allocates anyway, so that a plan predicts the exact size
 * the host will report and a re-plan sees no difference.
 */
public final class BackingVolumes {
    /** LVM's default extent size, assumed for a volume group that does not exist yet. */
    public static final Size DEFAULT_EXTENT = Size.ofMiB(4);
    /**
     * OpenZFS's default volblocksize since 2.2 (openzfs/zfs#12406; 8 KiB before). volsize must be
     * a multiple of volblocksize; a multiple of 16 KiB is also one of 8 KiB, so this is safe on
     * older releases too, and Berth never sets volblocksize itself (LINSTOR does not either).
     */
    public static final Size ZVOL_BLOCK = Size.ofKiB(16);

    private BackingVolumes() {}

    /** {@code mysql-data-0_00000}: LINSTOR's name for volume 0. */
    public static String name(String resource, int volume) {
        String number = Integer.toString(volume); // not String.format: a large plan names 100,000 of these
        return resource + "_" + "00000".substring(Math.min(5, number.length())) + number;
    }

    /** {@code /dev/vg_fast/r_00000} or {@code /dev/zvol/tank/scratch/r_00000}: what the resource file names as disk. */
    public static String devicePath(StoragePool pool, String resource, int volume) {
        String prefix = pool.backend().isZfs() ? "/dev/zvol/" : "/dev/";
        return prefix + pool.container() + "/" + name(resource, volume);
    }

    /**
     * The backing size for {@code net} usable bytes with {@code maxPeers} bitmap slots: drbdmeta's
     * gross size, rounded up to the allocation unit ({@code extent} for LVM, ignored for ZFS).
     */
    public static Size grossSize(Size net, int maxPeers, Backend backend, Size extent) {
        Size gross = MetadataSize.grossFor(net, maxPeers);
        return gross.roundUpTo(backend.isZfs() ? ZVOL_BLOCK : extent);
    }

    /** The gross size on one node: the extent size of the volume group found there, else LVM's default. */
    public static Size grossSize(Size net, int maxPeers, StoragePool pool, Optional<ObservedHost> host) {
        return grossSize(net, maxPeers, pool.backend(), extentSize(pool, host));
    }

    /** The pool's extent size on a host; {@link #DEFAULT_EXTENT} when the group is not there (yet) or for ZFS. */
    public static Size extentSize(StoragePool pool, Optional<ObservedHost> host) {
        if (pool.backend().isZfs()) return DEFAULT_EXTENT;
        return host.flatMap(ObservedHost::reachable)
                .flatMap(h -> h.inventory().lvm().volumeGroup(pool.container()))
                .map(VolumeGroup::extentSize)
                .orElse(DEFAULT_EXTENT);
    }
}
