package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.HostFiles;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.ToolOutput;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cat}: how Berth reads every file on a host ({@code cat -- PATH}). A missing file is exit 1
 * with coreutils' message, which the transport turns into "no such file"; {@code /proc/drbd} and
 * other virtual files come from the tools that provide them.
 */
public final class CatTool implements SimTool {
    @Override
    public String name() { return "cat"; }

    @Override
    public Set<String> programs() { return Set.of("cat"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        List<String> args = command.argv().subList(1, command.argv().size());
        boolean options = true;
        ToolOutput output = new ToolOutput();
        int exit = 0;
        int files = 0;
        for (String arg : args) {
            if (options && arg.equals("--")) {
                options = false;
                continue;
            }
            if (options && arg.startsWith("-") && arg.length() > 1) {
                return CommandResult.failed(1, "cat: invalid option -- '" + arg.charAt(1) + "'\nTry 'cat --help' for more information.\n");
            }
            files++;
            Optional<String> content = host.readFile(arg);
            if (content.isPresent()) {
                output.outRaw(content.get());
            } else if (host.files().kind(arg) == HostFiles.Kind.DIRECTORY) {
                output.err("cat: " + arg + ": Is a directory");
                exit = 1;
            } else {
                output.err("cat: " + arg + ": No such file or directory");
                exit = 1;
            }
        }
        if (files == 0) output.outRaw(stdin);
        return output.exit(exit);
    }
}
