package dev.berth.sim.drbd;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.SimHost;
import dev.berth.sim.ToolOutput;
import java.util.List;
import java.util.Set;

/**
 * {@code drbdadm} on a host with the module: it reads the configuration like drbdadm 9.22,
 * chooses the {@code on} section by {@code uname -n}, and either answers itself ({@code --version},
 * {@code dump}, {@code sh-nop}, {@code status} through drbdsetup) or expands a verb with the drbd
 * model and runs the lines ({@link DrbdadmVerbs}); {@code -d} prints them instead.
 */
final class DrbdadmCommand {
    static final Set<String> VERBS = Set.of("up", "down", "adjust", "create-md", "attach", "detach", "connect", "disconnect", "del-peer",
            "forget-peer", "resize", "new-current-uuid", "primary", "secondary");

    private DrbdadmCommand() {}

    static CommandResult run(SimHost host, List<String> words) {
        DrbdadmArguments args;
        try {
            args = DrbdadmArguments.parse(words);
        } catch (IllegalArgumentException invalid) {
            return CommandResult.failed(1, "drbdadm: " + invalid.getMessage() + "\n");
        }
        if (args.version) return CommandResult.ok(version(host));
        if (args.verb.isEmpty()) return CommandResult.failed(1, "\nNo command specified\n");
        DrbdConfig config;
        try {
            config = DrbdConfig.read(host, args);
        } catch (DrbdConfig.Unreadable unreadable) {
            return CommandResult.failed(unreadable.exitCode, unreadable.getMessage() + "\n");
        }
        String hostname = host.hostname();
        switch (args.verb) {
            case "sh-nop":
                return CommandResult.ok("");
            case "dump":
                return dump(config, args, hostname);
            case "status":
                return status(host, config, args, hostname);
            default:
                if (!VERBS.contains(args.verb)) return Answers.notImplemented("drbdadm", args.verb);
                return DrbdadmVerbs.run(host, config, args, hostname);
        }
    }

    private static CommandResult dump(DrbdConfig config, DrbdadmArguments args, String hostname) {
        ToolOutput output = new ToolOutput();
        if (args.targets.isEmpty() || args.targets.equals(List.of("all"))) {
            output.outRaw("# " + args.configFile + "\n").outRaw(DrbdadmHeader.global(config)).outRaw(DrbdadmHeader.common(config));
            for (DrbdConfig.Defined defined : config.resources) output.outRaw(DrbdadmDump.resource(defined, hostname));
            return output.ok();
        }
        for (String target : args.targets) {
            String name = target.split("[/:]")[0];
            var defined = config.resource(name).filter(d -> d.parsed().resource().host(hostname).isPresent());
            if (defined.isEmpty()) return output.err("'" + target + "' not defined in your config (for this host).").exit(1);
            output.outRaw(DrbdadmDump.resource(defined.get(), hostname));
        }
        return output.ok();
    }

    /** drbdadm status runs {@code drbdsetup status RES} for each resource named (or the configured ones). */
    private static CommandResult status(SimHost host, DrbdConfig config, DrbdadmArguments args, String hostname) {
        List<String> names = args.targets.isEmpty() || args.targets.equals(List.of("all"))
                ? config.resources.stream().filter(d -> d.parsed().resource().host(hostname).isPresent()).map(DrbdConfig.Defined::name).toList()
                : args.targets;
        ToolOutput output = new ToolOutput();
        int exit = 0;
        for (String name : names) {
            if (config.resource(name).filter(d -> d.parsed().resource().host(hostname).isPresent()).isEmpty()) {
                return output.err("'" + name + "' not defined in your config (for this host).").exit(1);
            }
            CommandResult result = host.run(Command.of("drbdsetup", "status", name), "");
            output.outRaw(result.stdout()).errRaw(result.stderr());
            exit = Math.max(exit, result.exitCode());
        }
        return output.exit(exit);
    }

    /** drbdadm --version with the module loaded: the kernel version and its code (one byte per part). */
    static String version(SimHost host) {
        String utils = host.versions().drbdUtils();
        String kernel = host.versions().drbdKernel().orElse("0");
        return "DRBDADM_BUILDTAG=GIT-hash:\\ 409097fe02187f83790b88ac3e0d94f3c167adab\\ reproducible\\ build\\,\\ 2023-01-09\\ 14:51:18\n"
                + "DRBDADM_API_VERSION=2\nDRBD_KERNEL_VERSION_CODE=0x" + code(kernel) + "\nDRBD_KERNEL_VERSION=" + kernel + "\n"
                + "DRBDADM_VERSION_CODE=0x" + code(utils) + "\nDRBDADM_VERSION=" + utils + "\n";
    }

    private static String code(String version) {
        String[] parts = version.split("\\.");
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 3; i++) code.append(String.format("%02x", i < parts.length ? Integer.parseInt(parts[i].replaceAll("\\D.*", "")) : 0));
        return code.toString();
    }
}
