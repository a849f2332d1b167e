package dev.berth.sim.zfs;

import dev.berth.sim.SimHost;

/**
 * Used, available and allocated space of pools and datasets on one host (see {@link ZfsSpace}
 * for the model). A thick zvol uses its reservation whether written or not; a sparse one uses
 * what was written; a file system uses its own metadata plus its children.
 */
final class ZfsAccounting {
    private final SimHost host;
    private final ZfsState state;

    ZfsAccounting(SimHost host, ZfsState state) {
        this.host = host;
        this.state = state;
    }

    long size(ZfsState.Pool pool) {
        return pool.devices.keySet().stream()
                .mapToLong(path -> ZfsSpace.vdevSpace(host.devices().find(path).map(d -> d.size().bytes()).orElse(0L))).sum();
    }

    long allocated(ZfsState.Pool pool) {
        return state.datasets.stream().filter(d -> d.poolName().equals(pool.name))
                .mapToLong(d -> d.volume() ? Math.min(d.written, d.volumeSize) : ZfsSpace.FILESYSTEM_OVERHEAD).sum();
    }

    long free(ZfsState.Pool pool) {
        return Math.max(0, size(pool) - allocated(pool));
    }

    long referenced(ZfsState.Dataset dataset) {
        return dataset.volume() ? dataset.written : ZfsSpace.FILESYSTEM_OVERHEAD;
    }

    long used(ZfsState.Dataset dataset) {
        if (dataset.volume()) return Math.max(dataset.refreservation, dataset.written);
        long used = ZfsSpace.FILESYSTEM_OVERHEAD + dataset.refreservation;
        for (ZfsState.Dataset child : state.descendants(dataset.name)) {
            if (child.name.indexOf('/', dataset.name.length() + 1) < 0) used += used(child);
        }
        return used;
    }

    /** What a new reservation or write may still take from the pool. */
    long poolAvailable(String poolName) {
        ZfsState.Pool pool = state.pool(poolName).orElseThrow();
        long size = size(pool);
        return Math.max(0, size - ZfsSpace.slop(size) - used(state.dataset(poolName).orElseThrow()));
    }

    long available(ZfsState.Dataset dataset) {
        long unused = dataset.volume() ? Math.max(0, dataset.refreservation - dataset.written) : 0;
        return poolAvailable(dataset.poolName()) + unused;
    }
}
