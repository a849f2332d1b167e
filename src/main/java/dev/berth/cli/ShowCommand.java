package dev.berth.cli;

import dev.berth.plan.codec.LoadResult;
import dev.berth.plan.codec.PlanCodec;
import dev.berth.render.DiagnosticsRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code berth show PLAN_FILE}: a saved plan rendered, checked against its schema and id first. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Render a saved plan (text, json, markdown or dot).")
final class ShowCommand extends BerthSubcommand {
    @Parameters(paramLabel = "PLAN_FILE", description = "A plan saved with 'berth plan --out'.")
    Path planFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json, markdown or dot.")
    ReportFormat format;

    @Option(names = "--verbose", description = "Show every step's exact commands, undo and predicted drbdsetup lines.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        requireFormat(format, ReportFormat.text, ReportFormat.json, ReportFormat.markdown, ReportFormat.dot);
        LoadResult loaded;
        try {
            loaded = PlanCodec.load(planFile);
        } catch (NoSuchFileException e) {
            throw new UserError("no such plan file: " + planFile);
        }
        if (!loaded.isLoaded()) {
            err().print(DiagnosticsRenderer.text(planFile.toString(), loaded.diagnostics()));
            return ExitCode.ERROR;
        }
        PlanViews.print(loaded.plan().orElseThrow(), format, verbose, format == ReportFormat.text && PlanViews.colour(), out());
        return ExitCode.OK;
    }
}
