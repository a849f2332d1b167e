package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.Arguments;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.Signature;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.ToolOutput;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code blkid --probe --output export DEV}: what is on a device, read from the device itself (no
 * cache), as discovery asks before building a pool on it. A blank or missing device is exit 2 with
 * no output (the fixtures); otherwise {@code DEVNAME}, the signature's own keys, then TYPE and USAGE.
 */
public final class BlkidTool implements SimTool {
    private static final Arguments.Spec SPEC = new Arguments.Spec()
            .flag("probe", "-p", "--probe")
            .value("output", "-o", "--output");

    @Override
    public String name() { return "blkid"; }

    @Override
    public Set<String> programs() { return Set.of("blkid"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        Arguments args;
        try {
            args = Arguments.parse(command.argv().subList(1, command.argv().size()), SPEC);
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(2, "blkid: " + invalid.getMessage() + "\n");
        }
        String format = args.value("output").orElse("full");
        if (!args.has("probe") || !(format.equals("export") || format.equals("full"))) {
            return Answers.notImplemented("blkid", "blkid other than --probe with --output export or full");
        }
        if (args.positional().isEmpty()) return CommandResult.failed(4, "blkid: The low-level probing mode requires a device\n");
        ToolOutput output = new ToolOutput();
        boolean found = false;
        for (String path : args.positional()) {
            Optional<BlockDevice> device = host.devices().find(path);
            List<Signature> signatures = device.map(d -> host.devices().signatures(d)).orElse(List.of());
            if (signatures.isEmpty()) continue;
            found = true;
            // low-level probing reports the first signature it recognises
            Signature signature = signatures.get(0);
            if (format.equals("export")) {
                output.out("DEVNAME=" + path);
                signature.tags().forEach((key, value) -> output.out(key + "=" + escape(value)));
                output.out("TYPE=" + signature.type());
                output.out("USAGE=" + signature.usage());
            } else {
                StringBuilder line = new StringBuilder(path + ":");
                signature.tags().forEach((key, value) -> line.append(' ').append(key).append("=\"").append(value).append('"'));
                line.append(" TYPE=\"").append(signature.type()).append("\" USAGE=\"").append(signature.usage()).append('"');
                output.out(line.toString());
            }
        }
        return output.exit(found ? 0 : 2);
    }

    /** blkid's export form escapes what a shell would split on: {@code LVM2 001} → {@code LVM2\ 001}. */
    static String escape(String value) {
        StringBuilder text = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (" \t\"'`$\\,;|&<>()*?![]{}#~".indexOf(c) >= 0) text.append('\\');
            text.append(c);
        }
        return text.toString();
    }
}
