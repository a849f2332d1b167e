package dev.berth.cli;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimLab;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code berth lab run STACK NODE -- CMD ARGS…}: one command on a simulated host, as an admin would type it. */
@picocli.CommandLine.Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one command (argv, no shell) on a simulated host, e.g. to cause drift: berth lab run STACK worker-1 -- lvremove -f vg/lv. Exits with the command's exit code.")
final class LabRunCommand extends LabNodeCommand {
    @Parameters(index = "2..*", arity = "1..*", paramLabel = "CMD", description = "The command and its arguments (after --).")
    List<String> argv;

    @Override
    int run(SimLab lab) {
        CommandResult result = lab.host(node).run(new Command(argv), "");
        out().print(result.stdout());
        out().flush();
        err().print(result.stderr());
        err().flush();
        return result.exitCode();
    }
}
