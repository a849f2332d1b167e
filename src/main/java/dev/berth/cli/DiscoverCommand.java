package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.Discovery;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.observed.ObservedCluster;
import dev.berth.render.ObservedJsonRenderer;
import dev.berth.render.ObservedTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code berth discover STACK}: what is live on every host, read with the hosts' own tools. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Discover the live state of every node: pools, volumes, DRBD resources and their status, per-host errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every host answered", "1:the stack is invalid, or no host answered", "2:some hosts are unreachable (the rest is reported)", "64:usage error"})
final class DiscoverCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.", defaultValue = "text")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path outFile;

    @Override
    public Integer call() {
        requireFormat(format, ReportFormat.text, ReportFormat.json);
        DesiredCluster cluster = stackOptions.load(err());
        Discovery discovery = new Discovery(Connectors.forStack(cluster, stackOptions.labDir(cluster)), cluster.connection().parallelism());
        ObservedCluster observed = discovery.discover(DiscoveryTargets.of(cluster));
        emit(format == ReportFormat.json ? ObservedJsonRenderer.render(observed) : ObservedTextRenderer.render(observed), outFile);
        if (observed.reachable().isEmpty()) return ExitCode.ERROR;
        return observed.unreachable().isEmpty() ? ExitCode.OK : ExitCode.CHANGES;
    }
}
