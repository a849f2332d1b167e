package dev.berth.cli;

import dev.berth.apply.Unlock;
import dev.berth.desired.DesiredCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code berth unlock STACK}: clear the hosts' apply locks whose lease expired, or all with --force. */
@Command(name = "unlock", mixinStandardHelpOptions = true, description = "Clear expired apply locks on the stack's hosts (all with --force).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:no lock left", "3:a live lock was kept"})
final class UnlockCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Option(names = "--force", description = "Clear locks whose lease has not expired too; only when you know their apply is dead.")
    boolean force;

    @Override
    public Integer call() {
        DesiredCluster cluster = stackOptions.load(err());
        Unlock.Result result = Unlock.unlock(ApplyWiring.environment(stackOptions, cluster, dev.berth.apply.events.ApplyListener.NONE),
                cluster.nodes().keySet(), force);
        result.released().forEach(line -> out().println("released " + line));
        result.kept().forEach(line -> out().println("kept     " + line));
        if (result.released().isEmpty() && result.kept().isEmpty()) out().println("no locks held");
        return result.kept().isEmpty() ? ExitCode.OK : ExitCode.REFUSED;
    }
}
