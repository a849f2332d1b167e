package dev.berth.standin;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import dev.berth.sim.drbd.PathAddress;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code java dev.berth.standin.StandinMain drbdsetup|drbdmeta ARGS...}: one call of the DRBD
 * kernel stand-in, as the shims in {@code scripts/realhost} make it. Checks the faults file, opens
 * the run's shared lab as this host, runs the command with the simulated DRBD kernel
 * ({@code dev.berth.sim.drbd}) and prints its answer with its exit code.
 */
public final class StandinMain {
    private StandinMain() {}

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, System.getenv(), List.of(args)));
    }

    static int run(PrintStream out, PrintStream err, Map<String, String> environment, List<String> args) {
        return run(out, err, () -> StandinSettings.from(environment), args);
    }

    static int run(PrintStream out, PrintStream err, Supplier<StandinSettings> configured, List<String> args) {
        if (args.isEmpty() || !List.of("drbdsetup", "drbdmeta").contains(args.get(0))) {
            err.println("usage: StandinMain drbdsetup|drbdmeta ARGS...");
            return 20;
        }
        try {
            StandinSettings settings = configured.get();
            CommandResult result = InjectedFaults.hit(settings.root(), args).orElseGet(() -> answer(settings, args));
            out.print(result.stdout());
            err.print(result.stderr());
            return result.exitCode();
        } catch (StandinException | UncheckedIOException | dev.berth.sim.LabException problem) {
            err.println(args.get(0) + " (Berth's DRBD stand-in): " + problem.getMessage());
            return 20;
        } catch (RuntimeException unexpected) {
            // a bad devices file, a broken lab file: one line, never a stack trace in drbdadm's output
            err.println(args.get(0) + " (Berth's DRBD stand-in): " + unexpected);
            return 20;
        }
    }

    private static CommandResult answer(StandinSettings settings, List<String> args) {
        SimHost host = SharedLab.open(settings, new RealVolumes(settings, args.contains("resize")));
        localAddress(args).ifPresent(address -> host.lab().moveTo(host.node(), address));
        return host.run(new Command(args), "");
    }

    /** {@code drbdsetup new-path RES PEER LOCAL REMOTE}: a host's DRBD address is the local end of its paths. */
    static Optional<String> localAddress(List<String> args) {
        List<String> positional = new ArrayList<>();
        for (String arg : args) if (!arg.startsWith("--")) positional.add(arg);
        if (positional.size() < 5 || !positional.get(0).equals("drbdsetup") || !positional.get(1).equals("new-path")) return Optional.empty();
        String local = positional.get(4);
        return PathAddress.valid(local) ? Optional.of(PathAddress.parse(local).address()) : Optional.empty();
    }
}
