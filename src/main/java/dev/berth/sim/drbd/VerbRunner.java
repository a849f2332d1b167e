package dev.berth.sim.drbd;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import dev.berth.sim.ToolOutput;
import java.util.List;

/**
 * Runs the drbdsetup and drbdmeta lines of a drbdadm verb on the host itself (nested commands:
 * they appear in the lab's history and planted faults hit them), the way drbdadm 9.22 does: the
 * programs' output passes through; a program exiting with 10 or more is reported as
 * {@code Command '...' terminated with exit code N} (shared_main.c m__system; lower codes are
 * not reported); the first failure ends the verb with that exit code. create-md reads the device
 * uuid first and writes a new one after, forget-peer falls back to drbdmeta only when the kernel
 * could not forget, and check-resize's result is ignored.
 */
final class VerbRunner {
    private final SimHost host;
    final ToolOutput output = new ToolOutput();

    VerbRunner(SimHost host) {
        this.host = host;
    }

    /** Runs and reports one line; returns its exit code. */
    int run(Command command, boolean report) {
        CommandResult result = host.run(command, "");
        output.outRaw(result.stdout());
        if (!result.stderr().isEmpty()) output.errRaw(result.stderr());
        if (result.exitCode() >= 10 && report) output.err("Command '" + String.join(" ", command.argv()) + "' terminated with exit code " + result.exitCode());
        return result.exitCode();
    }

    /** A plain sequence: stops at the first failure. */
    int sequence(List<Command> commands) {
        for (Command command : commands) {
            int exit = run(command, true);
            if (exit != 0) return exit;
        }
        return 0;
    }

    /** create-md per volume: read-dev-uuid (silently), create-md, then write-dev-uuid when there was none. */
    int createMd(List<Command> commands) {
        for (Command createMd : commands) {
            List<String> argv = createMd.argv();
            int verb = argv.indexOf("create-md");
            Command read = new Command(List.of(argv.get(0), argv.get(1), argv.get(2), argv.get(3), argv.get(4), "read-dev-uuid"));
            CommandResult uuid = host.run(read, "");
            int exit = run(createMd, true);
            if (exit != 0) return exit;
            boolean none = !uuid.succeeded() || uuid.stdout().strip().matches("0+");
            if (none && verb > 0) {
                String value = String.format("%016X", Identifiers.next(host));
                exit = run(new Command(List.of(argv.get(0), argv.get(1), argv.get(2), argv.get(3), argv.get(4), "write-dev-uuid", value)), true);
                if (exit != 0) return exit;
            }
        }
        return 0;
    }

    /** drbdadm's adm_forget_peer: the kernel first; drbdmeta only if the kernel failed, but not after a refused state change. */
    int forgetPeer(List<Command> commands) {
        int exit = 0;
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            if (command.program().endsWith("drbdsetup")) {
                exit = run(command, false);
                if (exit == 11 || exit == 17) return exit;
                boolean fallback = exit != 0;
                while (i + 1 < commands.size() && commands.get(i + 1).program().endsWith("drbdmeta")) {
                    i++;
                    if (fallback) exit = run(commands.get(i), true);
                }
                if (exit != 0) return exit;
            }
        }
        return exit;
    }

    /** resize then check-resize per volume; check-resize's exit code does not count. */
    int resize(List<Command> commands) {
        for (Command command : commands) {
            boolean check = command.argv().contains("check-resize");
            int exit = run(command, !check);
            if (!check && exit != 0) return exit;
        }
        return 0;
    }
}
