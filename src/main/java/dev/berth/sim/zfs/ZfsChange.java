package dev.berth.sim.zfs;

import dev.berth.model.CommandResult;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code zfs set PROP=VALUE... NAME} (LINSTOR grows zvols with {@code volsize=NKB}; Berth marks
 * them with {@code berth:managed=yes}) and {@code zfs destroy [-r] [-f] NAME}, with libzfs's
 * checks: block-size multiples, space for a thick zvol's larger reservation, children, busy zvols.
 */
final class ZfsChange {
    private ZfsChange() {}

    static CommandResult set(SimHost host, ZfsState state, List<String> words) {
        if (words.size() < 2) return CommandResult.failed(2, "missing dataset name\n");
        String name = words.get(words.size() - 1);
        Optional<ZfsState.Dataset> found = state.dataset(name);
        if (found.isEmpty()) return CommandResult.failed(1, "cannot open '" + name + "': dataset does not exist\n");
        ZfsState.Dataset dataset = found.get();
        String failure = "cannot set property for '" + name + "': ";
        for (String assignment : words.subList(0, words.size() - 1)) {
            int equals = assignment.indexOf('=');
            if (equals < 0) return CommandResult.failed(2, "missing '=' for property argument\n");
            String property = assignment.substring(0, equals);
            String value = assignment.substring(equals + 1);
            if (property.contains(":")) {
                dataset.userProperties.put(property, value);
            } else if (property.equals("volsize")) {
                if (!dataset.volume()) return CommandResult.failed(1, failure + "'volsize' does not apply to datasets of this type\n");
                long size = ZfsSpace.parse(value);
                if (size < 0) return CommandResult.failed(1, failure + "bad numeric value '" + value + "'\n");
                if (size == 0) return CommandResult.failed(1, failure + "'volsize' cannot be zero\n");
                if (size % dataset.volumeBlockSize != 0) {
                    return CommandResult.failed(1, failure + "'volsize' must be a multiple of volume block size ("
                            + ZfsSpace.nice(dataset.volumeBlockSize) + ")\n");
                }
                // libzfs moves a thick zvol's reservation along when it still is the automatic one
                boolean automatic = dataset.refreservation == ZfsSpace.reservation(dataset.volumeSize, dataset.volumeBlockSize);
                long reservation = automatic ? ZfsSpace.reservation(size, dataset.volumeBlockSize) : dataset.refreservation;
                long growth = reservation - dataset.refreservation;
                if (growth > 0 && growth > new ZfsAccounting(host, state).poolAvailable(dataset.poolName())) {
                    return CommandResult.failed(1, failure + "size is greater than available space\n");
                }
                dataset.volumeSize = size;
                dataset.refreservation = reservation;
                dataset.written = Math.min(dataset.written, size);
            } else if (property.equals("refreservation")) {
                long reservation = value.equals("none") ? 0 : value.equals("auto") && dataset.volume()
                        ? ZfsSpace.reservation(dataset.volumeSize, dataset.volumeBlockSize) : ZfsSpace.parse(value);
                if (reservation < 0) return CommandResult.failed(1, failure + "bad numeric value '" + value + "'\n");
                dataset.refreservation = reservation;
            } else if (!ZfsProperties.settable(property)) {
                return CommandResult.failed(1, failure + "invalid property '" + property + "'\n");
            }
        }
        return CommandResult.ok("");
    }

    static CommandResult destroy(SimHost host, ZfsState state, List<String> words) {
        boolean recursive = words.stream().anyMatch(w -> w.startsWith("-") && (w.contains("r") || w.contains("R")));
        List<String> names = words.stream().filter(w -> !w.startsWith("-")).toList();
        if (names.size() != 1) return CommandResult.failed(2, "missing dataset argument\n");
        String name = names.get(0);
        Optional<ZfsState.Dataset> dataset = state.dataset(name);
        if (dataset.isEmpty()) return CommandResult.failed(1, "cannot open '" + name + "': dataset does not exist\n");
        if (!name.contains("/") && !recursive) {
            return CommandResult.failed(1, "cannot destroy '" + name + "': operation does not apply to pools\n"
                    + "use 'zfs destroy -r " + name + "' to destroy all datasets in the pool\n"
                    + "use 'zpool destroy " + name + "' to destroy the pool itself\n");
        }
        List<ZfsState.Dataset> children = state.descendants(name);
        if (!children.isEmpty() && !recursive) {
            StringBuilder text = new StringBuilder("cannot destroy '" + name + "': filesystem has children\nuse '-r' to destroy the following datasets:\n");
            children.stream().sorted(ZfsReport.HIERARCHY.reversed()).forEach(c -> text.append(c.name).append('\n'));
            return CommandResult.failed(1, text.toString());
        }
        List<ZfsState.Dataset> doomed = new ArrayList<>(children);
        if (name.contains("/")) doomed.add(dataset.get());
        for (ZfsState.Dataset victim : doomed) {
            Optional<BlockDevice> device = host.devices().find("/dev/zvol/" + victim.name);
            if (device.isPresent() && host.devices().holder(device.get()).isPresent()) {
                return CommandResult.failed(1, "cannot destroy '" + victim.name + "': dataset is busy\n");
            }
        }
        state.datasets.removeAll(doomed);
        return CommandResult.ok("");
    }
}
