package dev.berth.standin;

import dev.berth.model.CommandResult;
import dev.berth.sim.Fault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The root's {@code faults} file: one glob per line ({@code *} any text, {@code ?} one character)
 * over the space-joined argv with the program's bare name first ({@code drbdmeta * create-md*});
 * blank lines and lines starting with {@code #} are skipped. A matching call does nothing and
 * fails like the real tool does when the device or the kernel refuses: drbdmeta with exit 20 after
 * a failed open, drbdsetup with exit 10 and a kernel "Failure" line, so drbdadm reports it.
 */
final class InjectedFaults {
    private InjectedFaults() {}

    static Optional<CommandResult> hit(Path root, List<String> argv) {
        String line = String.join(" ", argv);
        List<String> globs = StandinSettings.read(root.resolve("faults")).map(text -> List.of(text.split("\n"))).orElse(List.of());
        for (String glob : globs) {
            String trimmed = glob.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            if (Fault.fail(trimmed).matches(line)) return Optional.of(failure(argv));
        }
        return Optional.empty();
    }

    private static CommandResult failure(List<String> argv) {
        if (argv.get(0).equals("drbdmeta")) {
            String device = argv.size() > 3 ? argv.get(3) : "device";
            return CommandResult.failed(20, "open(" + device + ") failed: Input/output error\n");
        }
        String object = argv.size() > 2 ? argv.get(2) : "drbd";
        return CommandResult.failed(10, object + ": Failure: (118) IO error(s) occurred during initial access to meta-data.\n"
                + "additional info from kernel:\ninjected by the DRBD stand-in's faults file\n");
    }
}
