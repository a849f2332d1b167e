package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.HostFiles;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code mv [-f] [-T] FROM TO}: a rename within the host, replacing the target at once. Moving into
 * a folder (GNU mv's {@code mv file dir/}) is not simulated: Berth always names the target file.
 */
public final class MoveTool implements SimTool {
    @Override
    public String name() { return "mv"; }

    @Override
    public Set<String> programs() { return Set.of("mv"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        List<String> paths = new ArrayList<>();
        for (String arg : command.argv().subList(1, command.argv().size())) {
            if (arg.equals("-f") || arg.equals("-T") || arg.equals("--")) continue;
            if (arg.startsWith("-") && arg.length() > 1) {
                return CommandResult.failed(1, "mv: invalid option -- '" + arg.charAt(1) + "'\nTry 'mv --help' for more information.\n");
            }
            paths.add(arg);
        }
        if (paths.size() != 2) return CommandResult.failed(1, "mv: missing destination file operand\nTry 'mv --help' for more information.\n");
        String from = paths.get(0);
        String to = paths.get(1);
        if (host.files().kind(from) == HostFiles.Kind.MISSING) {
            return CommandResult.failed(1, "mv: cannot stat '" + from + "': No such file or directory\n");
        }
        if (host.files().kind(to) == HostFiles.Kind.DIRECTORY) {
            return CommandResult.failed(1, "mv: cannot overwrite directory '" + to + "' with non-directory\n");
        }
        try {
            host.files().move(from, to);
            return CommandResult.ok("");
        } catch (HostFiles.Problem problem) {
            return CommandResult.failed(1, "mv: cannot move '" + from + "' to '" + to + "': " + problem.getMessage() + "\n");
        }
    }
}
