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
 * {@code mkdir [-p] [-m MODE] PATH...}. Without {@code -p} it is atomic and fails on an existing
 * folder with exit 1 and {@code File exists}: Berth's host lock ({@code mkdir /var/lib/berth/lock})
 * relies on exactly that, across processes too, because the lab runs each command under its lock.
 */
public final class MakeDirectoryTool implements SimTool {
    @Override
    public String name() { return "mkdir"; }

    @Override
    public Set<String> programs() { return Set.of("mkdir"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        boolean parents = false;
        List<String> paths = new ArrayList<>();
        List<String> args = command.argv();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-p") || arg.equals("--parents")) parents = true;
            else if (arg.equals("-m")) i++; // modes of folders are not simulated
            else if (arg.startsWith("-") && arg.length() > 1) {
                return CommandResult.failed(1, "mkdir: invalid option -- '" + arg.charAt(1) + "'\nTry 'mkdir --help' for more information.\n");
            } else paths.add(arg);
        }
        if (paths.isEmpty()) return CommandResult.failed(1, "mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
        ToolOutput output = new ToolOutput();
        int exit = 0;
        for (String path : paths) {
            String failed = parents ? makeWithParents(host.files(), path) : makeOne(host.files(), path);
            if (failed != null) {
                output.err(failed);
                exit = 1;
            }
        }
        return output.exit(exit);
    }

    private static String makeOne(HostFiles files, String path) {
        try {
            files.makeDirectory(path);
            return null;
        } catch (HostFiles.Problem problem) {
            return "mkdir: cannot create directory '" + path + "': " + problem.getMessage();
        }
    }

    /** {@code mkdir -p}: every missing ancestor in turn; an existing folder is fine, a file in the way is not. */
    static String makeWithParents(HostFiles files, String path) {
        StringBuilder prefix = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isEmpty()) continue;
            prefix.append('/').append(part);
            String current = prefix.toString();
            HostFiles.Kind kind = files.kind(current);
            if (kind == HostFiles.Kind.DIRECTORY) continue;
            if (kind == HostFiles.Kind.FILE) {
                boolean last = current.length() == path.replaceAll("/+$", "").length();
                return "mkdir: cannot create directory '" + current + "': " + (last ? "File exists" : "Not a directory");
            }
            String failed = makeOne(files, current);
            if (failed != null) return failed;
        }
        return null;
    }
}
