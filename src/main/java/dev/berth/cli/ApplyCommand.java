package dev.berth.cli;

import dev.berth.apply.ApplyEngine;
import dev.berth.apply.ApplyEnvironment;
import dev.berth.apply.ApplyOptions;
import dev.berth.apply.StopRequest;
import dev.berth.apply.UnfinishedApplies;
import dev.berth.apply.Unlock;
import dev.berth.apply.events.ApplyReport;
import dev.berth.desired.DesiredCluster;
import dev.berth.journal.JournalReader;
import dev.berth.plan.Plan;
import dev.berth.plan.codec.LoadResult;
import dev.berth.plan.codec.PlanCodec;
import dev.berth.render.ApplyReportRenderer;
import dev.berth.source.StackSource;
import dev.berth.spec.LoadedStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code berth apply}: plan (or load a saved plan, or pick up a journal), confirm, run, report. */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "Apply the plan to the hosts, with a journal, locks and rollback.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:applied, or nothing to do", "1:failed and rolled back fully",
                "3:refused (safety rule, blocked steps, stale plan, lock held)", "4:stopped with steps not undone (resume or roll back)",
                "64:usage error, or no terminal to confirm on without --auto-approve"})
final class ApplyCommand extends BerthSubcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "STACK",
            description = "Stack folder, or with --git its path inside the repository (not needed with --resume).")
    Path stack;

    @Option(names = "--git", paramLabel = "REPO", description = "Read the stack from git: a repository folder or a file:// or https:// URL.")
    String git;

    @Option(names = "--rev", paramLabel = "REV",
            description = "With --git: the revision to read (default: HEAD). With --plan: the merged commit, whose stack must equal the reviewed plan's.")
    String rev;

    @Option(names = "--lab", arity = "0..1", paramLabel = "DIR", fallbackValue = "", description = "Apply to the simulated lab.")
    String lab;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".berth", description = "Journals and labs (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Mixin
    PlanFlags planFlags;

    @Option(names = "--auto-approve", description = "Do not ask for 'yes'.")
    boolean autoApprove;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4", description = "Steps at once on different hosts (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a live board per host on a terminal, else one line per step) or json (NDJSON events).")
    ReportFormat format;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "Apply exactly this saved plan ('berth plan --out FILE'); each host's key must match the one the plan recorded.")
    Path planFile;

    @Option(names = "--resume", paramLabel = "JOURNAL", description = "Continue an apply that stopped, from its journal.")
    Path resume;

    @Mixin
    SshCredentials credentials;

    /** Raised by Ctrl-C while the engine runs (see {@link Interrupts}); read by the engine between steps. */
    private final StopRequest stop = new StopRequest();

    @Override
    public Integer call() throws IOException {
        requireFormat(format, ReportFormat.text, ReportFormat.json);
        boolean json = format == ReportFormat.json;
        if (resume != null) {
            StackOptions options = ApplyWiring.fromJournal(resume);
            ApplyEngine engine = engine(options, credentials.applyTo(options.load(err()), ApplyEnvironment.systemEnvironment()), json,
                    JournalReader.read(resume).plan());
            try (Interrupts interrupts = Interrupts.install(stop, err())) {
                return interrupts.reported(report(engine.resume(resume), json));
            }
        }
        if (stack == null) throw new CommandLine.ParameterException(spec.commandLine(), "STACK is required (or --resume JOURNAL)");
        StackOptions options = stackOptions();
        StackSource source = options.source();
        // the journal names the commit, not a branch that may move before a --resume reads the stack again
        source.git().ifPresent(commit -> options.rev = commit.commit());
        LoadedStack loaded = StackOptions.loadStack(err(), source);
        DesiredCluster cluster = loaded.cluster().orElseThrow();
        Plan plan;
        if (planFile != null) {
            cluster = credentials.applyTo(cluster, ApplyEnvironment.systemEnvironment()); // this machine may not be the one that planned
            plan = saved(planFile, cluster, options); // the engine reads the hosts' in-progress records itself
            if (git != null) MergedCommits.requireReviewedSpec(plan, loaded, source.git().orElseThrow());
        } else {
            Planning.Planned planned = Planning.plan(options, source, planFlags, err());
            List<String> unfinished = new ArrayList<>(UnfinishedApplies.message(Planning.unfinished(planned), stateDir));
            if (!unfinished.isEmpty()) unfinished.addAll(0, UnfinishedApplies.heldLocks(planned.observed(), planned.cluster().nodes().keySet()));
            if (!unfinished.isEmpty()) { // refused before the plan and the question: no answer could make it safe
                // a running apply holds the locks; a crashed one may still: name the holder, as the engine's refusal does
                ApplyEnvironment environment = ApplyWiring.environment(options, planned.cluster(), event -> { });
                Unlock.holders(environment, ApplyEngine.nodes(planned.plan())).forEach(line -> err().println("berth: " + line));
                unfinished.forEach(line -> err().println("berth: " + line));
                return ExitCode.REFUSED;
            }
            plan = planned.plan();
        }
        if (!json) PlanViews.print(plan, ReportFormat.text, false, false, out());
        if (plan.hasChanges() && !plan.isRefused() && !autoApprove && !confirmed()) return ExitCode.ERROR;
        ApplyEngine engine = engine(options, cluster, json, plan);
        try (Interrupts interrupts = Interrupts.install(stop, err())) {
            return interrupts.reported(report(engine.apply(plan), json));
        }
    }

    private ApplyEngine engine(StackOptions options, DesiredCluster cluster, boolean json, Plan plan) {
        ApplyEnvironment environment = ApplyWiring.environment(options, cluster, ApplyWiring.progress(out(), json, plan),
                HostKeyPins.fingerprints(plan.basis().target()));
        return new ApplyEngine(environment, ApplyOptions.defaults().withParallelism(parallelism).stoppedBy(stop));
    }

    private int report(ApplyReport report, boolean json) {
        out().println(json ? ApplyReportRenderer.json(report) : ApplyReportRenderer.text(report));
        out().flush();
        return report.exitCode();
    }

    private Plan saved(Path file, DesiredCluster cluster, StackOptions options) throws IOException {
        LoadResult loaded = PlanCodec.load(file);
        Plan plan = loaded.plan().orElseThrow(() -> new UserError(file + " is not a plan Berth can apply: " + loaded.diagnostics().get(0).message()));
        String target = Planning.target(cluster, options.labDir(cluster));
        if (!HostKeyPins.withoutFingerprints(plan.basis().target()).equals(target)) { // the keys are checked as each host is connected
            throw new UserError("the plan was made for " + plan.basis().target() + ", not " + target, ExitCode.REFUSED);
        }
        return plan;
    }

    /** On a terminal, ask; without one, refuse to guess (a CI job that forgot --auto-approve must not hang or apply). */
    private boolean confirmed() throws IOException {
        if (System.console() == null) {
            throw new UserError("no terminal to confirm on: pass --auto-approve to apply without asking", ExitCode.USAGE);
        }
        err().print("\nApply these steps? Only 'yes' is accepted: ");
        err().flush();
        String answer = new BufferedReader(new InputStreamReader(System.in)).readLine();
        if ("yes".equals(answer == null ? "" : answer.strip())) return true;
        err().println("berth: not applied");
        return false;
    }

    private StackOptions stackOptions() {
        StackOptions options = new StackOptions();
        options.stack = stack;
        options.git = git;
        options.rev = rev;
        options.lab = lab;
        options.stateDir = stateDir;
        return options;
    }
}
