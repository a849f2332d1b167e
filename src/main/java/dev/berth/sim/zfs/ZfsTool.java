package dev.berth.sim.zfs;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import dev.berth.sim.Answers;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.Signature;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * OpenZFS ({@code zfs}, {@code zpool}) on a simulated host that has zfsutils installed (the
 * host's versions say so; otherwise the shell does not find the programs). Zvols are block
 * devices ({@code /dev/zd0}, alias {@code /dev/zvol/POOL/NAME}); pool members carry a
 * {@code zfs_member} label and are held open while the pool is imported.
 */
public final class ZfsTool implements SimTool {
    @Override
    public String name() { return "zfs"; }

    @Override
    public Set<String> programs() { return Set.of("zfs", "zpool"); }

    static ZfsState state(SimHost host) {
        return host.extension("zfs", ZfsState.class, ZfsState::new);
    }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        String program = command.program().substring(command.program().lastIndexOf('/') + 1);
        if (host.versions().zfs().isEmpty()) return Answers.notFound(program);
        List<String> args = command.argv().subList(1, command.argv().size());
        if (args.isEmpty()) return CommandResult.failed(2, "usage: " + program + " command args ...\n");
        String verb = args.get(0);
        List<String> rest = args.subList(1, args.size());
        ZfsState state = state(host);
        if (program.equals("zpool")) {
            return switch (verb) {
                case "create" -> ZpoolCommands.create(host, state, rest);
                case "destroy" -> ZpoolCommands.destroy(host, state, rest);
                case "list" -> ZpoolReport.list(host, state, rest);
                case "get" -> ZpoolReport.get(host, state, rest);
                default -> Answers.notImplemented("zpool", "zpool " + verb);
            };
        }
        return switch (verb) {
            case "version" -> CommandResult.ok("zfs-" + host.versions().zfs().get() + "\nzfs-kmod-" + host.versions().zfs().get() + "\n");
            case "create" -> ZfsCreate.run(host, state, rest);
            case "set" -> ZfsChange.set(host, state, rest);
            case "destroy" -> ZfsChange.destroy(host, state, rest);
            case "list" -> ZfsReport.list(host, state, rest);
            case "get" -> ZfsReport.get(host, state, rest);
            default -> Answers.notImplemented("zfs", "zfs " + verb);
        };
    }

    @Override
    public List<BlockDevice> blockDevices(SimHost host) {
        if (host.versions().zfs().isEmpty()) return List.of();
        List<BlockDevice> devices = new ArrayList<>();
        for (ZfsState.Dataset dataset : state(host).datasets) {
            if (!dataset.volume()) continue;
            devices.add(new BlockDevice("zd" + dataset.zvolMinor, "/dev/zd" + dataset.zvolMinor, List.of("/dev/zvol/" + dataset.name),
                    Size.ofBytes(dataset.volumeSize), "disk", List.of(), false, dataset.guid, name()));
        }
        return devices;
    }

    @Override
    public List<Signature> signatures(SimHost host, BlockDevice device) {
        return member(host, device).map(pool -> List.of(Signature.zfsMember(pool.name, pool.guid, pool.devices.get(device.path()))))
                .orElse(List.of());
    }

    @Override
    public Optional<String> holder(SimHost host, BlockDevice device) {
        return member(host, device).map(pool -> "zpool " + pool.name);
    }

    @Override
    public void written(SimHost host, BlockDevice device, long bytes) {
        for (ZfsState.Dataset dataset : state(host).datasets) {
            if (dataset.volume() && device.answersTo("/dev/zvol/" + dataset.name)) {
                dataset.written = Math.min(dataset.volumeSize, dataset.written + bytes);
            }
        }
    }

    private static Optional<ZfsState.Pool> member(SimHost host, BlockDevice device) {
        if (host.versions().zfs().isEmpty()) return Optional.empty();
        return state(host).pools.stream().filter(p -> p.devices.containsKey(device.path())).findFirst();
    }

    /** The default volblocksize: 16K from OpenZFS 2.2 on, 8K before. */
    static long defaultBlockSize(SimHost host) {
        String[] version = host.versions().zfs().orElse("2.2").split("[.-]");
        int major = Integer.parseInt(version[0]);
        int minor = version.length > 1 ? Integer.parseInt(version[1]) : 0;
        return major > 2 || (major == 2 && minor >= 2) ? 16384 : 8192;
    }
}
