package dev.berth.cli;

import dev.berth.render.DiagnosticsRenderer;
import dev.berth.spec.LoadedStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;

/** {@code berth validate STACK}: schema and semantic checks, every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a stack against the schema and its own references; print every problem with file:line:column.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid (warnings are printed)", "1:invalid", "64:usage error"})
final class ValidateCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.", defaultValue = "text")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path outFile;

    @Override
    public Integer call() {
        requireFormat(format, ReportFormat.text, ReportFormat.json);
        LoadedStack loaded = stackOptions.source().read();
        String report = format == ReportFormat.json ? DiagnosticsRenderer.json(loaded.file(), loaded.diagnostics())
                : DiagnosticsRenderer.text(loaded.file(), loaded.diagnostics());
        emit(report, outFile);
        return loaded.isValid() ? ExitCode.OK : ExitCode.ERROR;
    }
}
