package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.model.Size;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code berth lab reset STACK}: a fresh lab built from the stack's nodes and devices. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Build a fresh lab from the stack: one simulated host per node, each declared device a blank disk, pools without devices already built.")
final class LabResetCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Option(names = "--device-size", paramLabel = "SIZE", defaultValue = "1TiB", description = "Size of every simulated disk (default: ${DEFAULT-VALUE}).")
    String deviceSize;

    @Option(names = "--latency", paramLabel = "DURATION", defaultValue = "0ms",
            description = "Real wall time every command or batch takes, to measure parallelism (e.g. 20ms; default: ${DEFAULT-VALUE}).")
    String latency;

    @Option(names = "--sync-rate", paramLabel = "RATE", defaultValue = "100MiB",
            description = "How fast a DRBD resync moves per second of the lab's virtual time (a size per second, e.g. 100MiB; default: ${DEFAULT-VALUE}).")
    String syncRate;

    @Override
    public Integer call() {
        DesiredCluster cluster = stackOptions.load(err());
        Size size = Size.parse(deviceSize).orElseThrow(() -> new UserError("--device-size: '" + deviceSize + "' is not a size such as 1TiB", ExitCode.USAGE));
        Size rate = Size.parse(syncRate).filter(r -> r.bytes() > 0)
                .orElseThrow(() -> new UserError("--sync-rate: '" + syncRate + "' is not a size per second such as 100MiB", ExitCode.USAGE));
        LabOptions options = LabOptions.defaults().withLatency(Durations.parse("--latency", latency)).withSyncRate(rate.bytes());
        SimLab lab = StackLab.reset(cluster, LabAccess.folder(stackOptions, cluster), size, options);
        err().println("lab for stack '" + cluster.name() + "' ready at " + lab.directory() + " (" + lab.nodes().size() + " hosts)");
        return ExitCode.OK;
    }
}
