package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.Arguments;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.ToolOutput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code lsblk --json [--bytes] [--output COLS] [DEV...]}: the block device tree, children (LVs on
 * their PVs, DRBD devices on their backing volumes) nested under their parents, devices in kernel
 * order (major, then minor). Unlike the fixture VM, the lab's hosts have a udev database, so
 * FSTYPE shows what is on a device. Only the JSON form is simulated.
 */
public final class LsblkTool implements SimTool {
    private static final Arguments.Spec SPEC = new Arguments.Spec()
            .flag("json", "-J", "--json")
            .flag("bytes", "-b", "--bytes")
            .flag("nodeps", "-d", "--nodeps")
            .flag("paths", "-p", "--paths")
            .value("output", "-o", "--output");
    static final List<String> DEFAULT_COLUMNS = List.of("NAME", "MAJ:MIN", "RM", "SIZE", "RO", "TYPE", "MOUNTPOINTS");

    @Override
    public String name() { return "lsblk"; }

    @Override
    public Set<String> programs() { return Set.of("lsblk"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        Arguments args;
        try {
            args = Arguments.parse(command.argv().subList(1, command.argv().size()), SPEC);
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(1, "lsblk: " + invalid.getMessage() + "\nTry 'lsblk --help' for more information.\n");
        }
        if (!args.has("json")) return Answers.notImplemented("lsblk", "lsblk without --json");
        List<String> columns = new ArrayList<>();
        for (String list : args.values("output")) columns.addAll(Arrays.asList(list.toUpperCase(Locale.ROOT).split(",")));
        if (columns.isEmpty()) columns.addAll(DEFAULT_COLUMNS);
        for (String column : columns) {
            if (!LsblkColumns.known(column)) return CommandResult.failed(1, "lsblk: unknown column: " + column + "\n");
        }
        List<BlockDevice> all = host.devices().all();
        all.sort(Comparator.comparing(d -> DeviceNumbers.sortKey(d.name())));
        List<BlockDevice> roots = new ArrayList<>();
        ToolOutput output = new ToolOutput();
        int exit = 0;
        if (args.positional().isEmpty()) {
            for (BlockDevice device : all) if (device.parents().isEmpty()) roots.add(device);
        } else {
            for (String path : args.positional()) {
                Optional<BlockDevice> device = all.stream().filter(d -> d.answersTo(path)).findFirst();
                if (device.isPresent()) roots.add(device.get());
                else {
                    output.err("lsblk: " + path + ": not a block device");
                    exit = 32;
                }
            }
            roots.sort(Comparator.comparing(d -> DeviceNumbers.sortKey(d.name())));
        }
        LsblkJson json = new LsblkJson(host, all, columns, args.has("bytes"), !args.has("nodeps"));
        output.outRaw(json.render(roots));
        return output.exit(exit);
    }
}
