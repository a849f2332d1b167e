package dev.berth.cli;

import dev.berth.drift.Drift;
import dev.berth.drift.DriftReport;
import dev.berth.plan.PlanOptions;
import dev.berth.render.DriftJsonRenderer;
import dev.berth.render.DriftJunitRenderer;
import dev.berth.render.DriftMarkdownRenderer;
import dev.berth.render.DriftTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code berth drift STACK}: how the live hosts differ from the stack, classified, with what to do. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Discover the hosts and report every difference from the stack: missing, changed, orphaned, health.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no drift (muted drift is shown as ignored)", "1:Berth could not run (an invalid stack, a git revision that does not resolve)",
                "2:drift found (an unreachable host is drift too)", "64:usage error"})
final class DriftCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Mixin
    PlanFlags planFlags;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json, markdown or junit.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path outFile;

    @Override
    public Integer call() {
        requireFormat(format, ReportFormat.text, ReportFormat.json, ReportFormat.markdown, ReportFormat.junit);
        Planning.Planned planned = Planning.plan(stackOptions, stackOptions.source(), planFlags, err(), false);
        DriftReport report = Drift.report(planned.cluster(), planned.observed(), planned.plan(),
                new PlanOptions(planFlags.allowDestroy, planFlags.targets));
        emit(render(report), outFile);
        if (outFile != null) err().println("drift report (" + format + ") written to " + outFile + ": " + report.summary());
        return report.hasDrift() ? ExitCode.CHANGES : ExitCode.OK;
    }

    private String render(DriftReport report) {
        switch (format) {
            case json: return DriftJsonRenderer.render(report);
            case markdown: return DriftMarkdownRenderer.render(report);
            case junit: return DriftJunitRenderer.render(report);
            default: return DriftTextRenderer.render(report);
        }
    }
}
