package dev.berth.sim.drbd;

import dev.berth.drbd.AdjustPlanner;
import dev.berth.drbd.DrbdadmExpander;
import dev.berth.drbd.DrbdadmVerb;
import dev.berth.drbd.Expansion;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.VerbFlag;
import dev.berth.drbd.VerbRequest;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drbdadm verbs that become drbdsetup/drbdmeta lines: each target ({@code r0}, {@code r0/1},
 * {@code r0:peer}, {@code all}) is expanded by the drbd model ({@link DrbdadmExpander}; adjust
 * diffs against the simulated kernel with {@link AdjustPlanner}), then printed ({@code -d}) or run
 * by {@link VerbRunner} ({@link StagedRunner} for up and adjust). Backend options drbdsetup takes
 * but the model has no flag for ({@code --discard-my-data}, {@code --assume-peer-has-space},
 * {@code --diskless}) are passed on as drbdadm's add_setup_options would.
 */
final class DrbdadmVerbs {
    private static final Map<String, String> PASSED_ON = Map.of("--discard-my-data", "connect", "--assume-peer-has-space", "resize",
            "--diskless", "detach");

    private DrbdadmVerbs() {}

    static CommandResult run(SimHost host, DrbdConfig config, DrbdadmArguments args, String hostname) {
        DrbdadmVerb verb = java.util.Arrays.stream(DrbdadmVerb.values()).filter(v -> v.word().equals(args.verb)).findFirst().orElseThrow();
        if (args.targets.isEmpty()) return CommandResult.failed(1, "USAGE: drbdadm " + args.verb + " [OPTION...] {all|RESOURCE...}\n");
        List<String> targets = args.targets.equals(List.of("all"))
                ? config.resources.stream().filter(d -> d.parsed().resource().host(hostname).isPresent()).map(DrbdConfig.Defined::name).toList()
                : args.targets;
        for (String target : targets) {
            if (config.resource(target.split("[/:]")[0]).filter(d -> d.parsed().resource().host(hostname).isPresent()).isEmpty()) {
                return CommandResult.failed(1, "'" + target + "' not defined in your config (for this host).\n");
            }
        }
        VerbRunner runner = new VerbRunner(host);
        StagedRunner staged = new StagedRunner();
        StringBuilder dryRun = new StringBuilder();
        int exit = 0;
        for (String target : targets) {
            DrbdConfig.Defined defined = config.resource(target.split("[/:]")[0]).orElseThrow();
            ResourceConfig resource = defined.parsed().resource();
            Expansion expansion;
            try {
                VerbRequest request = request(verb, target, args);
                expansion = verb == DrbdadmVerb.ADJUST
                        ? AdjustPlanner.plan(resource, hostname, DrbdTool.state(host).resource(resource.name()).map(KernelView::of), defined.parsed().sharedSecret())
                        : DrbdadmExpander.expand(resource, hostname, request, defined.parsed().sharedSecret());
            } catch (IllegalArgumentException refused) {
                return CommandResult.failed(1, refused.getMessage() + "\n");
            }
            if (expansion instanceof Expansion.Refused refused) {
                runner.output.err(refused.message());
                return runner.output.exit(refused.exitCode());
            }
            List<Command> commands = passOn(expansion.commands(), args);
            if (args.dryRun) {
                commands.forEach(c -> dryRun.append(String.join(" ", c.argv().stream().map(DrbdadmVerbs::shellEscape).toList())).append('\n'));
                continue;
            }
            if (verb == DrbdadmVerb.UP || verb == DrbdadmVerb.ADJUST) {
                staged.add(resource.name(), commands);
                continue;
            }
            int result = switch (verb) {
                case CREATE_MD -> runner.createMd(commands);
                case FORGET_PEER -> runner.forgetPeer(commands);
                case RESIZE -> runner.resize(commands);
                default -> runner.sequence(commands);
            };
            if (result >= 20) return runner.output.exit(result);
            exit = Math.max(exit, result);
        }
        if (args.dryRun) return CommandResult.ok(dryRun.toString());
        exit = Math.max(exit, staged.run(runner));
        return runner.output.exit(exit);
    }

    private static VerbRequest request(DrbdadmVerb verb, String target, DrbdadmArguments args) {
        String name = target.split("[/:]")[0];
        VerbRequest request = VerbRequest.of(verb, name);
        if (target.contains("/")) {
            if (verb.scope() != DrbdadmVerb.Scope.VOLUME) throw new IllegalArgumentException(verb.word() + " operates on whole resources, but you specified a specific volume!");
            request = request.onVolume(Integer.parseInt(target.substring(target.indexOf('/') + 1)));
        }
        if (target.contains(":")) request = request.toPeer(target.substring(target.indexOf(':') + 1));
        if (args.maxPeers.isPresent() && verb == DrbdadmVerb.CREATE_MD) request = request.withMaxPeers(args.maxPeers.getAsInt());
        for (VerbFlag flag : VerbFlag.values()) {
            // drbdadm hands a backend option on only to commands whose context knows it
            if (args.backend(flag.option()) && flag.appliesTo(verb)) request = request.with(flag);
        }
        return request;
    }

    private static List<Command> passOn(List<Command> commands, DrbdadmArguments args) {
        List<Command> result = new ArrayList<>();
        for (Command command : commands) {
            List<String> argv = new ArrayList<>(command.argv());
            PASSED_ON.forEach((option, setupVerb) -> {
                if (args.backend(option) && argv.size() > 1 && argv.get(1).equals(setupVerb) && command.program().equals("drbdsetup")) argv.add(option);
            });
            result.add(new Command(argv));
        }
        return result;
    }

    /** shared_tool.c shell_escape: a backslash before anything outside [%+-./0-9:=@A-Z_a-z]. */
    static String shellEscape(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            boolean clean = Character.isLetterOrDigit(c) && c < 128 || "%+-./:=@_".indexOf(c) >= 0;
            if (!clean) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
