package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;
import dev.berth.sim.ToolOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code drbdmeta MINOR v09 DEVICE internal [--force] [--node-id=N] VERB ...} as drbd-utils 9.22's
 * main() checks it before a verb runs: the device must open ("open(...) failed"), a verb that
 * writes refuses a configured minor ("Device '1000' is configured!"), an exclusive open of a busy
 * device asks for confirmation that only --force gives, and --node-id is required exactly by the
 * verbs that address a peer. Exit codes are drbdmeta's: 0, 1 for a failed verb, 10 or 20.
 */
final class DrbdmetaCommand {
    /** Verb → {node-id required, modifies the metadata}, from drbdmeta.c's cmds[]. */
    private static final Map<String, boolean[]> VERBS = Map.of(
            "get-gi", new boolean[] {true, false}, "dump-md", new boolean[] {false, false}, "apply-al", new boolean[] {false, true},
            "dstate", new boolean[] {false, false}, "read-dev-uuid", new boolean[] {false, false},
            "write-dev-uuid", new boolean[] {false, true}, "set-gi", new boolean[] {true, true},
            "create-md", new boolean[] {false, true}, "forget-peer", new boolean[] {true, true});

    private DrbdmetaCommand() {}

    static CommandResult run(SimHost host, List<String> args) {
        boolean force = false;
        Optional<Integer> nodeId = Optional.empty();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (word.equals("--force") || word.equals("-f")) force = true;
            else if (word.startsWith("--node-id=")) nodeId = Optional.of(Integer.parseInt(word.substring(10)));
            else if ((word.equals("--node-id") || word.equals("-i")) && i + 1 < args.size()) nodeId = Optional.of(Integer.parseInt(args.get(++i)));
            else positional.add(word);
        }
        if (positional.size() < 5) return CommandResult.failed(20, "USAGE: drbdmeta [options] {DRBD_DEVICE|-} v09 {DEVICE} {INDEX} {COMMAND} [args]\n");
        if (!positional.get(1).equals("v09") || !List.of("internal", "flex-internal").contains(positional.get(3))) {
            return Answers.notImplemented("drbdmeta", "formats other than v09 internal meta-data");
        }
        String verb = positional.get(4);
        boolean[] flags = VERBS.get(verb);
        if (flags == null) return Answers.notImplemented("drbdmeta", verb);
        String devicePath = positional.get(2);
        DrbdState state = DrbdTool.state(host);
        Optional<Integer> minor = parseMinor(positional.get(0));
        boolean attached = minor.flatMap(state::minor).map(VolumeState::attached).orElse(false);
        if (attached && flags[1]) return CommandResult.failed(20, "Device '" + positional.get(0) + "' is configured!\n");
        ToolOutput output = new ToolOutput();
        Optional<BlockDevice> device = host.devices().find(devicePath);
        if (device.isEmpty()) return CommandResult.failed(20, "open(" + devicePath + ") failed: No such file or directory\n");
        if (nodeId.isPresent() && !flags[0]) return CommandResult.failed(10, "The " + verb + " command does not accept the --node-id option\n");
        if (nodeId.isEmpty() && flags[0]) return CommandResult.failed(10, "The " + verb + " command requires the --node-id option\n");
        if (host.devices().holder(device.get()).isPresent()) {
            output.err("open(" + devicePath + ") failed: Device or resource busy");
            if (verb.equals("apply-al") && !force || !Confirm.ask(output, "Exclusive open failed. Do it anyways?", force)) {
                return output.out("Operation canceled.").exit(20);
            }
        }
        MetadataVerbs verbs = new MetadataVerbs(host, state, device.get(), devicePath, nodeId.orElse(-1), force, output);
        int exit = verbs.run(verb, positional.subList(5, positional.size()), args);
        if (attached) output.err("# Output might be stale, since minor " + minor.get() + " is attached");
        return output.exit(exit);
    }

    private static Optional<Integer> parseMinor(String text) {
        String digits = text.startsWith("/dev/drbd") ? text.substring(9) : text;
        try {
            return Optional.of(Integer.parseInt(digits));
        } catch (NumberFormatException notAMinor) {
            return Optional.empty();
        }
    }
}
