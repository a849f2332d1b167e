package dev.berth.cli;

import dev.berth.apply.ApplyEngine;
import dev.berth.apply.ApplyOptions;
import dev.berth.apply.StopRequest;
import dev.berth.apply.events.ApplyReport;
import dev.berth.render.ApplyReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code berth rollback JOURNAL}: undo what an unfinished apply did, up to its commit points; the journal names the stack. */
@Command(name = "rollback", mixinStandardHelpOptions = true, description = "Undo what the apply in JOURNAL did, as far as commit points allow.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:everything undone", "1:error", "3:lock held",
                "4:some steps could not be undone, or Ctrl-C stopped the rollback (see the report)"})
final class RollbackCommand extends BerthSubcommand {
    @Parameters(index = "0", paramLabel = "JOURNAL", description = "The journal of the apply to undo (.berth/journal/*.jsonl).")
    Path journal;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    ReportFormat format;

    /** Raised by Ctrl-C while the rollback runs (see {@link Interrupts}). */
    private final StopRequest stop = new StopRequest();

    @Override
    public Integer call() {
        requireFormat(format, ReportFormat.text, ReportFormat.json);
        boolean json = format == ReportFormat.json;
        StackOptions options = ApplyWiring.fromJournal(journal);
        java.util.Map<String, String> hostKeys = HostKeyPins.fingerprints(dev.berth.journal.JournalReader.read(journal).plan().basis().target());
        ApplyEngine engine = new ApplyEngine(ApplyWiring.environment(options, options.load(err()), ApplyWiring.printer(out(), json), hostKeys),
                ApplyOptions.defaults().stoppedBy(stop));
        try (Interrupts interrupts = Interrupts.installForRollback(stop, err())) {
            ApplyReport report = engine.rollback(journal);
            out().println(json ? ApplyReportRenderer.json(report) : ApplyReportRenderer.text(report));
            out().flush();
            return interrupts.reported(report.exitCode());
        }
    }
}
