package dev.berth.sim.zfs;

import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.Arguments;
import dev.berth.sim.SimHost;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code zfs create [-s] [-V SIZE] [-b SIZE] [-o PROP=VALUE]... [-p] NAME}: LINSTOR's zvols
 * ({@code zfs create [-s] -V NKB POOL/NAME}) and plain file systems, checked in libzfs's order
 * (name, parent, existence, volume size, space) with its messages.
 */
final class ZfsCreate {
    private ZfsCreate() {}

    static CommandResult run(SimHost host, ZfsState state, List<String> words) {
        Arguments args;
        try {
            args = Arguments.parse(words, new Arguments.Spec().flag("sparse", "-s").value("volume", "-V").value("blocksize", "-b")
                    .value("option", "-o").flag("parents", "-p").flag("unmounted", "-u"));
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(2, invalid.getMessage() + "\n");
        }
        if (args.positional().size() != 1) return CommandResult.failed(2, "missing filesystem argument\n");
        String name = args.positional().get(0);
        String failure = "cannot create '" + name + "': ";
        if (!name.matches("[A-Za-z0-9_.:-]+(/[A-Za-z0-9_.:-]+)+")) {
            return CommandResult.failed(1, name.contains("/") ? failure + "invalid character in name\n" : failure + "missing dataset name\n");
        }
        String pool = name.substring(0, name.indexOf('/'));
        if (state.pool(pool).isEmpty()) return CommandResult.failed(1, failure + "no such pool '" + pool + "'\n");
        String parent = name.substring(0, name.lastIndexOf('/'));
        if (state.dataset(parent).isEmpty() && !args.has("parents")) return CommandResult.failed(1, failure + "parent does not exist\n");
        if (state.dataset(parent).filter(ZfsState.Dataset::volume).isPresent()) {
            return CommandResult.failed(1, failure + "parent is not a filesystem\n");
        }
        if (state.dataset(name).isPresent()) return CommandResult.failed(1, failure + "dataset already exists\n");
        Map<String, String> properties = new TreeMap<>();
        long blockSize = ZfsTool.defaultBlockSize(host);
        for (String option : args.values("option")) {
            int equals = option.indexOf('=');
            if (equals < 0) return CommandResult.failed(2, "missing '=' for property argument\n");
            String property = option.substring(0, equals);
            String value = option.substring(equals + 1);
            if (property.equals("volblocksize")) blockSize = ZfsSpace.parse(value);
            else if (property.contains(":")) properties.put(property, value);
            else if (!ZfsProperties.settable(property)) return CommandResult.failed(1, failure + "invalid property '" + property + "'\n");
        }
        if (args.value("blocksize").isPresent()) blockSize = ZfsSpace.parse(args.value("blocksize").get());
        if (!args.has("volume")) {
            if (args.has("parents")) createParents(host, state, parent);
            add(host, state, name, ZfsState.Dataset.FILESYSTEM, 0, 0, false, properties);
            return CommandResult.ok("");
        }
        long size = ZfsSpace.parse(args.value("volume").get());
        if (size < 0) return CommandResult.failed(1, "bad volume size '" + args.value("volume").get() + "'\n");
        if (blockSize <= 0 || Long.bitCount(blockSize) != 1) return Answers.notImplemented("zfs", "a volblocksize that is not a power of two");
        if (size == 0) return CommandResult.failed(1, failure + "volume size cannot be zero\n");
        if (size % blockSize != 0) return CommandResult.failed(1, failure + "volume size must be a multiple of volume block size\n");
        boolean sparse = args.has("sparse");
        if (!sparse && ZfsSpace.reservation(size, blockSize) > new ZfsAccounting(host, state).poolAvailable(pool)) {
            return CommandResult.failed(1, failure + "out of space\n");
        }
        if (args.has("parents")) createParents(host, state, parent);
        add(host, state, name, ZfsState.Dataset.VOLUME, size, blockSize, sparse, properties);
        return CommandResult.ok("");
    }

    static ZfsState.Dataset add(SimHost host, ZfsState state, String name, String type, long size, long blockSize, boolean sparse,
                                Map<String, String> properties) {
        ZfsState.Dataset dataset = new ZfsState.Dataset();
        dataset.name = name;
        dataset.type = type;
        dataset.guid = host.newGuid();
        dataset.createdAt = host.clock().now().getEpochSecond();
        dataset.userProperties.putAll(properties);
        if (type.equals(ZfsState.Dataset.VOLUME)) {
            dataset.volumeSize = size;
            dataset.volumeBlockSize = blockSize;
            dataset.refreservation = sparse ? 0 : ZfsSpace.reservation(size, blockSize);
            dataset.zvolMinor = state.nextZvolMinor;
            state.nextZvolMinor += 16;
        }
        state.datasets.add(dataset);
        state.datasets.sort(java.util.Comparator.comparing(d -> d.name));
        return dataset;
    }

    private static void createParents(SimHost host, ZfsState state, String parent) {
        String[] parts = parent.split("/");
        StringBuilder prefix = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            prefix.append('/').append(parts[i]);
            if (state.dataset(prefix.toString()).isEmpty()) add(host, state, prefix.toString(), ZfsState.Dataset.FILESYSTEM, 0, 0, false, Map.of());
        }
    }
}
