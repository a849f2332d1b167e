package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.Signature;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.ToolOutput;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code wipefs -a DEV} (erase every signature, one line per erased magic, as captured on the
 * fixture machine) and {@code wipefs -n DEV} (list them). A device another tool holds open (a PV
 * of a VG with active LVs, a disk of an imported zpool, a backing device DRBD has attached) is
 * busy, as the kernel's exclusive open makes it.
 */
public final class WipefsTool implements SimTool {
    private static final Arguments.Spec SPEC = new Arguments.Spec()
            .flag("all", "-a", "--all")
            .flag("noact", "-n", "--no-act")
            .flag("force", "-f", "--force")
            .flag("quiet", "-q", "--quiet");

    @Override
    public String name() { return "wipefs"; }

    @Override
    public Set<String> programs() { return Set.of("wipefs"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        Arguments args;
        try {
            args = Arguments.parse(command.argv().subList(1, command.argv().size()), SPEC);
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(1, "wipefs: " + invalid.getMessage() + "\nTry 'wipefs --help' for more information.\n");
        }
        if (args.positional().isEmpty()) return CommandResult.failed(1, "wipefs: no device specified\nTry 'wipefs --help' for more information.\n");
        ToolOutput output = new ToolOutput();
        for (String path : args.positional()) {
            Optional<BlockDevice> device = host.devices().find(path);
            if (device.isEmpty()) {
                return output.err("wipefs: error: " + path + ": probing initialization failed: No such file or directory").exit(1);
            }
            boolean erase = args.has("all") && !args.has("noact");
            if (erase && host.devices().holder(device.get()).isPresent()) {
                return output.err("wipefs: error: " + path + ": probing initialization failed: Device or resource busy").exit(1);
            }
            List<Signature> signatures = erase ? host.devices().wipe(device.get()) : host.devices().signatures(device.get());
            if (erase) {
                if (!args.has("quiet")) for (Signature s : signatures) output.out(erasedLine(path, s));
            } else if (!signatures.isEmpty()) {
                table(device.get().name(), signatures, output);
            }
        }
        return output.ok();
    }

    static String erasedLine(String path, Signature signature) {
        return String.format(Locale.ROOT, "%s: %d bytes were erased at offset 0x%08x (%s): %s",
                path, signature.magicLength(), signature.offset(), signature.type(), signature.magic());
    }

    /** {@code wipefs -n}: a table whose columns are as wide as their widest cell (UUID and LABEL may be empty). */
    private static void table(String name, List<Signature> signatures, ToolOutput output) {
        int[] widths = {"DEVICE".length(), "OFFSET".length(), "TYPE".length(), "UUID".length()};
        for (Signature s : signatures) {
            widths[0] = Math.max(widths[0], name.length());
            widths[1] = Math.max(widths[1], offset(s).length());
            widths[2] = Math.max(widths[2], s.type().length());
            widths[3] = Math.max(widths[3], s.uuid().length());
        }
        String pattern = "%-" + widths[0] + "s %-" + widths[1] + "s %-" + widths[2] + "s %-" + widths[3] + "s %s";
        output.out(String.format(Locale.ROOT, pattern, "DEVICE", "OFFSET", "TYPE", "UUID", "LABEL"));
        for (Signature s : signatures) output.out(String.format(Locale.ROOT, pattern, name, offset(s), s.type(), s.uuid(), s.label()));
    }

    private static String offset(Signature signature) {
        return "0x" + Long.toHexString(signature.offset());
    }
}
