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
 * {@code rm [-f] [-r] PATH...} and {@code rmdir PATH...}, with coreutils' messages: Berth removes
 * resource files, the lock's holder file and then the lock folder with these.
 */
public final class RemoveTool implements SimTool {
    @Override
    public String name() { return "rm"; }

    @Override
    public Set<String> programs() { return Set.of("rm", "rmdir"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        boolean folders = command.program().endsWith("rmdir");
        String program = folders ? "rmdir" : "rm";
        boolean force = false;
        boolean recursive = false;
        List<String> paths = new ArrayList<>();
        boolean options = true;
        for (String arg : command.argv().subList(1, command.argv().size())) {
            if (options && arg.equals("--")) options = false;
            else if (options && arg.startsWith("-") && arg.length() > 1 && !folders) {
                for (char flag : arg.substring(1).toCharArray()) {
                    if (flag == 'f') force = true;
                    else if (flag == 'r' || flag == 'R') recursive = true;
                    else return CommandResult.failed(1, "rm: invalid option -- '" + flag + "'\nTry 'rm --help' for more information.\n");
                }
            } else paths.add(arg);
        }
        if (paths.isEmpty() && !force) return CommandResult.failed(1, program + ": missing operand\nTry '" + program + " --help' for more information.\n");
        ToolOutput output = new ToolOutput();
        int exit = 0;
        for (String path : paths) {
            HostFiles.Kind kind = host.files().kind(path);
            if (kind == HostFiles.Kind.MISSING && force) continue;
            try {
                if (folders) host.files().remove(path, true);
                else if (kind == HostFiles.Kind.DIRECTORY && recursive) removeTree(host.files(), path);
                else host.files().remove(path, false);
            } catch (HostFiles.Problem problem) {
                output.err(folders ? "rmdir: failed to remove '" + path + "': " + problem.getMessage()
                        : "rm: cannot remove '" + path + "': " + problem.getMessage());
                exit = 1;
            }
        }
        return output.exit(exit);
    }

    private static void removeTree(HostFiles files, String path) throws HostFiles.Problem {
        for (String name : files.list(path)) {
            String child = path + "/" + name;
            if (files.kind(child) == HostFiles.Kind.DIRECTORY) removeTree(files, child);
            else files.remove(child, false);
        }
        files.remove(path, true);
    }
}
