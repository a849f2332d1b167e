package dev.berth.sim.zfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * OpenZFS on one host: imported pools and their datasets (the pool's root file system, file
 * systems, zvols), as the "zfs" extension of the host's state file. Public fields: this is the
 * persisted shape, edited in place inside a transaction.
 */
public final class ZfsState {
    public List<Pool> pools = new ArrayList<>();
    public List<Dataset> datasets = new ArrayList<>();
    /** The next zvol minor: the kernel numbers zvols zd0, zd16, zd32, ... */
    public int nextZvolMinor;

    public Optional<Pool> pool(String name) {
        return pools.stream().filter(p -> p.name.equals(name)).findFirst();
    }

    public Optional<Dataset> dataset(String name) {
        return datasets.stream().filter(d -> d.name.equals(name)).findFirst();
    }

    /** Datasets below {@code name} ({@code tank/a} and {@code tank/a/b} for {@code tank}), not {@code name} itself. */
    public List<Dataset> descendants(String name) {
        return datasets.stream().filter(d -> d.name.startsWith(name + "/")).toList();
    }

    public static final class Pool {
        public String name;
        public String guid;
        /** Vdev path → vdev guid, in the order given to zpool create. */
        public Map<String, String> devices = new LinkedHashMap<>();
        public long createdAt;
    }

    public static final class Dataset {
        public static final String FILESYSTEM = "filesystem";
        public static final String VOLUME = "volume";

        public String name;
        public String type = FILESYSTEM;
        public String guid;
        public long createdAt;
        public long volumeSize;
        public long volumeBlockSize;
        /** Bytes of reservation ({@code refreservation}); thick zvols get volsize plus metadata. */
        public long refreservation;
        /** Bytes of data written (what a thin zvol really uses). */
        public long written;
        public int zvolMinor = -1;
        /** User properties ({@code berth:managed}), set with {@code -o} or {@code zfs set}. */
        public TreeMap<String, String> userProperties = new TreeMap<>();

        public boolean volume() { return type.equals(VOLUME); }

        public String poolName() {
            int slash = name.indexOf('/');
            return slash < 0 ? name : name.substring(0, slash);
        }
    }
}
