package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.SimHost;
import java.util.List;

/**
 * {@code drbdsetup} on a host with the module: configuration verbs change the simulated kernel and
 * then settle the resource across its hosts; reading verbs settle first and print in drbd-utils
 * 9.22's formats. A verb the lab does not simulate exits 127 and says so.
 */
final class DrbdsetupCommand {
    private DrbdsetupCommand() {}

    static CommandResult run(SimHost host, List<String> args) {
        if (args.isEmpty()) return KernelAnswers.usage("USAGE: drbdsetup command {arguments} [options]");
        String verb = args.get(0);
        SetupArguments parsed = SetupArguments.parse(args.subList(1, args.size()));
        switch (verb) {
            case "new-resource": case "resource-options": case "del-resource": case "down": case "primary": case "secondary":
                return ResourceVerbs.run(host, verb, parsed);
            case "new-minor": case "del-minor": case "attach": case "detach": case "disk-options":
                return MinorVerbs.run(host, verb, parsed);
            case "resize": case "check-resize": case "new-current-uuid":
                return DataVerbs.run(host, verb, parsed);
            case "new-peer": case "del-peer": case "forget-peer": case "net-options": case "peer-device-options":
                return PeerVerbs.run(host, verb, parsed);
            case "new-path": case "del-path": case "connect": case "disconnect":
                return PathVerbs.run(host, verb, parsed);
            case "status":
                if (!java.util.Set.of("json").containsAll(parsed.options.keySet())) {
                    return Answers.notImplemented("drbdsetup", "status with " + parsed.options.keySet());
                }
                Settle.host(host);
                return parsed.options.containsKey("json") ? StatusJson.render(DrbdTool.state(host), host.clock(), parsed.positional(0))
                        : StatusText.render(DrbdTool.state(host), host.clock(), parsed);
            case "show":
                if (!java.util.Set.of("json").containsAll(parsed.options.keySet())) {
                    return Answers.notImplemented("drbdsetup", "show with " + parsed.options.keySet());
                }
                Settle.host(host);
                return parsed.options.containsKey("json") ? ShowJson.render(DrbdTool.state(host), parsed.positional(0))
                        : ShowText.render(DrbdTool.state(host), parsed.positional(0));
            case "events2":
                if (!parsed.options.containsKey("now")) return Answers.notImplemented("drbdsetup", "events2 without --now (a stream)");
                Settle.host(host);
                return Events2.render(DrbdTool.state(host), host.clock(), parsed);
            default:
                return Answers.notImplemented("drbdsetup", verb);
        }
    }
}
