package dev.berth.sim.zfs;

import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.Arguments;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.Signature;
import dev.berth.sim.SimHost;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code zpool create [-f] POOL DEV...} (striped vdevs only) and {@code zpool destroy POOL}, with
 * the refusals of OpenZFS's zpool_vdev.c: a missing device, one in use, one carrying another
 * file system (unless {@code -f}). A destroyed pool's labels stay on its disks, as on real disks.
 */
final class ZpoolCommands {
    private static final Set<String> VDEV_TYPES = Set.of("mirror", "raidz", "raidz1", "raidz2", "raidz3", "draid", "spare", "log", "cache", "special", "dedup");
    private static final long MINIMUM_DEVICE = 64L << 20;

    private ZpoolCommands() {}

    static CommandResult create(SimHost host, ZfsState state, List<String> words) {
        Arguments args;
        try {
            args = Arguments.parse(words, new Arguments.Spec().flag("force", "-f").flag("dryrun", "-n").value("option", "-o")
                    .value("fsoption", "-O").value("mountpoint", "-m").value("root", "-R"));
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(2, invalid.getMessage() + "\n");
        }
        List<String> positional = args.positional();
        if (positional.isEmpty()) return CommandResult.failed(2, "missing pool name argument\n");
        String name = positional.get(0);
        List<String> devices = positional.subList(1, positional.size());
        if (devices.isEmpty()) return CommandResult.failed(2, "missing vdev specification\n");
        if (devices.stream().anyMatch(VDEV_TYPES::contains)) return Answers.notImplemented("zpool", "vdev types other than plain stripes");
        if (!name.matches("[A-Za-z][A-Za-z0-9_.:-]*")) return CommandResult.failed(1, "cannot create '" + name + "': name must begin with a letter\n");
        if (state.pool(name).isPresent()) return CommandResult.failed(1, "cannot create '" + name + "': pool already exists\n");
        boolean force = args.has("force");
        StringBuilder problems = new StringBuilder();
        for (String path : devices) {
            Optional<BlockDevice> device = host.devices().find(path);
            if (device.isEmpty()) return CommandResult.failed(1, "cannot resolve path '" + path + "'\n");
            Optional<ZfsState.Pool> active = state.pools.stream().filter(p -> p.devices.containsKey(path)).findFirst();
            if (active.isPresent()) {
                problems.append(path).append(" is part of active pool '").append(active.get().name).append("'\n");
                force = false;
                continue;
            }
            List<Signature> signatures = host.devices().signatures(device.get());
            if (host.devices().holder(device.get()).isPresent()) {
                String type = signatures.isEmpty() ? "unknown" : signatures.get(0).type();
                return CommandResult.failed(1, path + " is in use and contains a " + type + " filesystem.\n");
            }
            if (!signatures.isEmpty() && !signatures.get(0).type().equals("zfs_member") && !args.has("force")) {
                problems.append(path).append(" contains a filesystem of type '").append(signatures.get(0).type()).append("'\n");
            }
            if (device.get().size().bytes() < MINIMUM_DEVICE) {
                return CommandResult.failed(1, "cannot create '" + name + "': one or more devices is less than the minimum size (64M)\n");
            }
        }
        if (problems.length() > 0) {
            String header = force ? "the following errors must be manually repaired:\n" : "use '-f' to override the following errors:\n";
            return CommandResult.failed(1, "invalid vdev specification\n" + header + problems);
        }
        if (args.has("dryrun")) return CommandResult.ok("would create '" + name + "' with the following layout:\n\n\t" + name + "\n");
        ZfsState.Pool pool = new ZfsState.Pool();
        pool.name = name;
        pool.guid = host.newGuid();
        pool.createdAt = host.clock().now().getEpochSecond();
        for (String path : devices) {
            host.devices().find(path).ifPresent(device -> host.devices().wipe(device));
            pool.devices.put(path, host.newGuid());
        }
        state.pools.add(pool);
        ZfsCreate.add(host, state, name, ZfsState.Dataset.FILESYSTEM, 0, 0, false, java.util.Map.of());
        return CommandResult.ok("");
    }

    static CommandResult destroy(SimHost host, ZfsState state, List<String> words) {
        List<String> names = words.stream().filter(w -> !w.equals("-f")).toList();
        if (names.size() != 1) return CommandResult.failed(2, "missing pool argument\n");
        Optional<ZfsState.Pool> pool = state.pool(names.get(0));
        if (pool.isEmpty()) return CommandResult.failed(1, "cannot open '" + names.get(0) + "': no such pool\n");
        for (ZfsState.Dataset dataset : state.descendants(pool.get().name)) {
            Optional<BlockDevice> device = host.devices().find("/dev/zvol/" + dataset.name);
            if (device.isPresent() && host.devices().holder(device.get()).isPresent()) {
                return CommandResult.failed(1, "cannot destroy '" + pool.get().name + "': pool or dataset is busy\n");
            }
        }
        state.datasets.removeIf(d -> d.poolName().equals(pool.get().name));
        state.pools.remove(pool.get());
        pool.get().devices.forEach((path, vdev) -> {
            if (host.devices().disk(path).isPresent()) host.devices().addSignature(path, Signature.zfsMember(pool.get().name, pool.get().guid, vdev));
        });
        return CommandResult.ok("");
    }
}
