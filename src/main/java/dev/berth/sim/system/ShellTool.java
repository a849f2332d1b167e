package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.HostFiles;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.transport.FileCommands;

import java.util.List;
import java.util.Set;

/**
 * {@code sh}: the lab has no shell, but it recognises Berth's one script, the atomic file write
 * ({@link FileCommands#ATOMIC_WRITE_SCRIPT} with path and mode as {@code $1 $2}, content on stdin),
 * and does what it does: {@code mkdir -p} of the folder, write, chmod, rename. Any other script
 * is refused as not simulated, so a new shell trick in Berth shows up in tests at once.
 */
public final class ShellTool implements SimTool {
    @Override
    public String name() { return "sh"; }

    @Override
    public Set<String> programs() { return Set.of("sh"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        List<String> args = command.argv();
        if (args.size() != 6 || !args.get(1).equals("-c") || !args.get(2).equals(FileCommands.ATOMIC_WRITE_SCRIPT)) {
            return Answers.notImplemented("sh", "a shell script other than Berth's file write (FileCommands.ATOMIC_WRITE_SCRIPT)");
        }
        String path = args.get(4);
        String modeText = args.get(5);
        if (!path.startsWith("/")) return Answers.notImplemented("sh", "a relative path in the file write");
        if (!modeText.matches("[0-7]{3,4}")) {
            // the script has run mktemp and cat by then; chmod refuses and set -e stops before the rename
            return CommandResult.failed(1, "chmod: invalid mode: '" + modeText + "'\nTry 'chmod --help' for more information.\n");
        }
        HostFiles files = host.files();
        String folder = HostFiles.parent(path);
        String failed = MakeDirectoryTool.makeWithParents(files, folder);
        if (failed != null) return CommandResult.failed(1, failed + "\n");
        try {
            files.write(path, stdin, Integer.parseInt(modeText, 8));
            return CommandResult.ok("");
        } catch (HostFiles.Problem problem) {
            return CommandResult.failed(1, "mv: cannot overwrite '" + path + "': " + problem.getMessage() + "\n");
        }
    }
}
