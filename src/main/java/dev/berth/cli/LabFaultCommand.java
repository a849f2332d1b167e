package dev.berth.cli;

import dev.berth.sim.SimLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth lab fault STACK NODE --on GLOB}: make matching commands on a host fail or hang. */
@Command(name = "fault", mixinStandardHelpOptions = true,
        description = "Plant a fault: the matching command(s) on NODE fail (exit 1) or hang until the caller's timeout. The glob matches the space-joined argv.")
final class LabFaultCommand extends LabNodeCommand {
    @Option(names = "--on", required = true, paramLabel = "GLOB", description = "Glob over the space-joined argv, e.g. 'drbdmeta * create-md*'.")
    String glob;

    @Option(names = "--times", defaultValue = "1", paramLabel = "N", description = "How many matching commands are hit (default: ${DEFAULT-VALUE}).")
    int times;

    @Option(names = "--after", defaultValue = "0", paramLabel = "N", description = "Let the first N matching commands run normally (default: ${DEFAULT-VALUE}).")
    int after;

    @Option(names = "--hang", description = "Hang instead of failing.")
    boolean hang;

    @Override
    public Integer call() throws Exception {
        if (times < 1 || after < 0) throw new UserError("--times must be at least 1 and --after at least 0", ExitCode.USAGE);
        return super.call();
    }

    @Override
    int run(SimLab lab) {
        lab.fault(node, glob, times, after, hang);
        err().println("fault planted on " + node + ": " + (hang ? "hang" : "fail") + " " + times + " command(s) matching '" + glob + "'"
                + (after > 0 ? " after " + after + " matching run(s)" : ""));
        return ExitCode.OK;
    }
}
