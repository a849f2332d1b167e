package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.HostFiles;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.ToolOutput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ls -1A DIR}: how discovery asks whether a LINSTOR satellite keeps resource files here.
 * One name per line, sorted; a missing path is exit 2 with coreutils' message.
 */
public final class ListTool implements SimTool {
    @Override
    public String name() { return "ls"; }

    @Override
    public Set<String> programs() { return Set.of("ls"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        boolean almostAll = false;
        boolean all = false;
        List<String> paths = new ArrayList<>();
        for (String arg : command.argv().subList(1, command.argv().size())) {
            if (arg.startsWith("-") && arg.length() > 1) {
                for (char flag : arg.substring(1).toCharArray()) {
                    if (flag == 'A') almostAll = true;
                    else if (flag == 'a') all = true;
                    else if (flag != '1') return CommandResult.failed(2, "ls: invalid option -- '" + flag + "'\nTry 'ls --help' for more information.\n");
                }
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) paths.add("/");
        ToolOutput output = new ToolOutput();
        int exit = 0;
        for (String path : paths) {
            HostFiles.Kind kind = host.files().kind(path);
            if (kind == HostFiles.Kind.MISSING) {
                output.err("ls: cannot access '" + path + "': No such file or directory");
                exit = 2;
            } else if (kind == HostFiles.Kind.FILE) {
                output.out(path);
            } else {
                try {
                    if (all) output.out(".").out("..");
                    for (String name : host.files().list(path)) if (almostAll || all || !name.startsWith(".")) output.out(name);
                } catch (HostFiles.Problem problem) {
                    output.err("ls: cannot open directory '" + path + "': " + problem.getMessage());
                    exit = 2;
                }
            }
        }
        return output.exit(exit);
    }
}
