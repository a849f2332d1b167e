package dev.berth.cli;

import picocli.CommandLine.Command;

/** {@code berth lab …}: the simulated lab that stands in for a stack's hosts. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Manage the simulated lab of a stack: hosts that answer Berth's commands as real ones do.",
        subcommands = {LabResetCommand.class, LabRunCommand.class, LabPutCommand.class, LabFaultCommand.class,
                LabDownCommand.class, LabUpCommand.class})
final class LabCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a lab command is required");
    }
}
