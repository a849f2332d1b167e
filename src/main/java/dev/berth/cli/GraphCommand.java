package dev.berth.cli;

import dev.berth.render.PlanDotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code berth graph STACK}: the plan's step DAG as Graphviz DOT. */
@Command(name = "graph", mixinStandardHelpOptions = true, description = "Print the plan's step graph as DOT (e.g. | dot -Tsvg > plan.svg).")
final class GraphCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Mixin
    PlanFlags planFlags;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the DOT to FILE instead of stdout.")
    Path outFile;

    @Override
    public Integer call() {
        emit(PlanDotRenderer.render(Planning.plan(stackOptions, planFlags, err()).plan()), outFile);
        return ExitCode.OK;
    }
}
