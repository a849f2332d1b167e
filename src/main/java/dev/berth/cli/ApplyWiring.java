package dev.berth.cli;

import dev.berth.apply.ApplyEnvironment;
import dev.berth.apply.Sleeper;
import dev.berth.apply.events.ApplyEvent;
import dev.berth.apply.events.ApplyListener;
import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.journal.JournalReader;
import dev.berth.lab.StackLab;
import dev.berth.plan.Plan;
import dev.berth.render.ApplyEventRenderer;
import dev.berth.render.ProgressBoard;
import dev.berth.sim.LabConnector;
import dev.berth.sim.SimLab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Connects the apply engine to what a command line names: the stack's hosts (or its lab, whose
 * virtual clock is then the engine's time), the state folder, and the event printer. The origin
 * recorded in the journal lets {@code --resume} and {@code rollback} find the stack again from the
 * journal alone.
 */
final class ApplyWiring {
    private ApplyWiring() {}

    static ApplyEnvironment environment(StackOptions options, DesiredCluster cluster, ApplyListener listener) {
        return environment(options, cluster, listener, Map.of());
    }

    /** {@code hostKeys}: the fingerprints the plan's target pins, by node; a host with another key is refused. */
    static ApplyEnvironment environment(StackOptions options, DesiredCluster cluster, ApplyListener listener, Map<String, String> hostKeys) {
        Optional<Path> labDir = options.labDir(cluster);
        Sleeper sleeper = Sleeper.REAL;
        dev.berth.transport.HostConnector connector;
        if (labDir.isPresent()) {
            SimLab lab = StackLab.openOrCreate(cluster, labDir.get());
            connector = new LabConnector(lab);
            sleeper = labClock(lab);
        } else {
            connector = new HostKeyPins(Connectors.forStack(cluster, Optional.empty()), hostKeys);
        }
        // a git stack's path is inside the repository: the journal keeps the repository too, so --resume reads the same stack
        Map<String, String> origin = Map.of("stack_path", options.git == null ? options.stack.toAbsolutePath().normalize().toString()
                        : options.stack.toString(), "lab", labDir.map(p -> p.toAbsolutePath().normalize().toString()).orElse(""),
                "git", options.git == null ? "" : options.git, "rev", options.git == null ? "" : options.rev == null ? "HEAD" : options.rev);
        return new ApplyEnvironment(connector, DiscoveryTargets.of(cluster), sleeper, ApplyEnvironment.systemEnvironment(),
                options.stateDir, listener, origin);
    }

    /** The stack options a journal was made with: its stack folder and lab, and the state folder it lives in. */
    static StackOptions fromJournal(Path journal) {
        Map<String, String> origin = JournalReader.read(journal).origin();
        StackOptions options = new StackOptions();
        options.stack = Path.of(origin.getOrDefault("stack_path", "."));
        String git = origin.getOrDefault("git", "");
        options.git = git.isEmpty() ? null : git;
        options.rev = options.git == null ? null : origin.getOrDefault("rev", "HEAD");
        String lab = origin.getOrDefault("lab", "");
        options.lab = lab.isEmpty() ? null : lab;
        // <state-dir>/journal/<file>: the journal's own folder says where its state folder is
        options.stateDir = journal.toAbsolutePath().getParent().getParent();
        return options;
    }

    static ApplyListener printer(PrintWriter out, boolean json) {
        // a log gets a wait's progress at each tenth, not at every poll: a long resync would otherwise bury the steps
        Map<String, Long> tenths = new java.util.HashMap<>();
        return (ApplyEvent event) -> {
            synchronized (out) {
                if (!json && event.kind() == ApplyEvent.Kind.WAITING) {
                    Long tenth = event.percent().map(p -> (long) Math.floor(p / 10)).orElse(-1L);
                    if (tenth.equals(tenths.put(event.step(), tenth))) return;
                }
                out.println(json ? ApplyEventRenderer.json(event) : ApplyEventRenderer.text(event));
                out.flush();
            }
        };
    }

    /**
     * The live board on a terminal; one line per event when the output is a file, a pipe or a CI
     * log (where redrawing would leave escape codes), or when NO_COLOR asks for plain output.
     */
    static ApplyListener progress(PrintWriter out, boolean json, Plan plan) {
        if (json || !liveTerminal()) return printer(out, json);
        Map<String, Integer> totals = new TreeMap<>();
        plan.steps().forEach(step -> totals.merge(step.host(), 1, Integer::sum));
        ProgressBoard board = new ProgressBoard(totals, columns());
        return (ApplyEvent event) -> {
            synchronized (out) {
                out.print(board.on(event));
                out.flush();
            }
        };
    }

    /** The shell's COLUMNS when exported, else 80: Java cannot ask the terminal its width without native code. */
    static int columns() {
        try {
            return Math.max(20, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip()));
        } catch (NumberFormatException unreadable) {
            return 80;
        }
    }

    static boolean liveTerminal() {
        return System.console() != null && System.getenv("NO_COLOR") == null && System.getenv("CI") == null;
    }

    static Sleeper labClock(SimLab lab) {
        return new Sleeper() {
            @Override public Instant now() { return lab.clock().now(); }

            @Override public void sleep(Duration duration) { lab.clock().advance(duration); }
        };
    }
}
