package dev.berth.cli;

import dev.berth.apply.Sleeper;
import dev.berth.apply.StopRequest;
import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.reconcile.MetricsServer;
import dev.berth.reconcile.MetricsState;
import dev.berth.reconcile.ReconcileLoop;
import dev.berth.reconcile.RoundRecord;
import dev.berth.reconcile.SelfHeal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** {@code berth reconcile}: keep the hosts at a branch's newest commit, round after round. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Keep the hosts at the newest commit of a git branch: apply new commits, report (or safely heal) drift.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by SIGTERM or Ctrl-C; with --once: applied, healed or nothing to do",
                "1:with --once: the apply failed and rolled back", "2:with --once: drift reported", "3:with --once: refused, or the commit was given up",
                "4:with --once: the apply stopped with steps not undone", "64:usage error"})
final class ReconcileCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Mixin
    PlanFlags planFlags;

    @Option(names = "--branch", required = true, paramLabel = "BRANCH", description = "The branch whose newest commit the hosts should be at.")
    String branch;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5m", description = "Time between rounds (default: ${DEFAULT-VALUE}); doubled after each failure in a row, up to 1h.")
    String interval;

    @Option(names = "--self-heal", paramLabel = "MODE", defaultValue = "off",
            description = "off (default): only report drift; safe: apply the plan that restores the stack when every step is none or reversible.")
    String selfHeal;

    @Option(names = "--once", description = "Run one round and exit with its code.")
    boolean once;

    @Option(names = "--rounds", hidden = true, paramLabel = "N", description = "Stop after N rounds (drills and tests).")
    Integer rounds;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "3", description = "Give a failing commit up after N failed rounds, until the branch moves (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--metrics-port", paramLabel = "PORT", description = "Serve Prometheus metrics at http://HOST:PORT/metrics.")
    Integer metricsPort;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text", description = "One line per round: text (default) or json.")
    String logFormat;

    private final StopRequest stop = new StopRequest();

    @Override
    public Integer call() {
        if (stackOptions.git == null) throw usage("--git REPO is required: the loop follows a branch of a repository");
        if (stackOptions.rev != null) throw usage("--rev is not for reconcile: the loop reads --branch's newest commit each round");
        if (maxAttempts < 1) throw usage("--max-attempts must be at least 1");
        if (rounds != null && rounds < 1) throw usage("--rounds must be at least 1");
        if (!logFormat.equals("text") && !logFormat.equals("json")) throw usage("--log-format is text or json, not '" + logFormat + "'");
        SelfHeal heal = selfHeal();
        java.time.Duration every = Durations.parse("--interval", interval);
        if (every.isZero()) throw usage("--interval must be longer than zero");
        ReconcileLoop.Settings settings = new ReconcileLoop.Settings(every,
                once ? OptionalInt.of(1) : rounds == null ? OptionalInt.empty() : OptionalInt.of(rounds));
        Sleeper clock = clock();
        AtomicReference<MetricsState> metrics = new AtomicReference<>(MetricsState.start());
        Consumer<RoundRecord> log = record -> {
            out().println(logFormat.equals("json") ? record.json() : record.text());
            out().flush();
        };
        ReconcileRound round = new ReconcileRound(stackOptions, planFlags, branch, heal, maxAttempts, clock, stop);
        try (MetricsServer server = metricsPort == null ? null : MetricsServer.start(metricsPort, metrics::get);
             Interrupts interrupts = Interrupts.install(stop, err())) {
            if (server != null) err().println("berth: metrics at http://localhost:" + server.port() + "/metrics");
            err().println("berth: reconciling " + stackOptions.stack + " at " + branch + " of " + stackOptions.git + " every " + interval
                    + ", self-heal " + heal.spelling());
            err().flush();
            return interrupts.reported(new ReconcileLoop(round, settings, clock, stop, log, metrics).run());
        } catch (java.io.UncheckedIOException e) {
            throw new UserError(e.getMessage() + "; choose another --metrics-port");
        }
    }

    private SelfHeal selfHeal() {
        for (SelfHeal mode : SelfHeal.values()) if (mode.spelling().equals(selfHeal)) return mode;
        throw usage("--self-heal is off or safe, not '" + selfHeal + "'");
    }

    /**
     * The loop's time: the lab's virtual clock when the stack runs on the lab (so a lab loop, and
     * every test, never sleeps), else the real one. The stack at the branch says which.
     */
    private Sleeper clock() {
        try {
            DesiredCluster cluster = StackOptions.loadStack(new PrintWriter(new StringWriter()), stackOptions.gitStack(branch)).cluster()
                    .orElseThrow();
            Optional<Path> lab = stackOptions.labDir(cluster);
            return lab.map(dir -> ApplyWiring.labClock(StackLab.openOrCreate(cluster, dir))).orElse(Sleeper.REAL);
        } catch (UserError unreadable) {
            return Sleeper.REAL; // the first round reports why; a later commit may fix the stack
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
