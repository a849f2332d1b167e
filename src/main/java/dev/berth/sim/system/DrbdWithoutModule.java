package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.HostFiles;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;

import java.util.List;
import java.util.Set;

/**
 * drbd-utils 9.22 on a host without the DRBD kernel module, answered as captured on such a
 * machine (facts §11, fixtures/drbdsetup): drbdsetup tries modprobe and exits 20, drbdadm reports
 * a kernel version of 0 and can dump a configuration without resources, and {@code /proc/drbd}
 * does not exist. The kernel stand-in (dev.berth.sim.drbd.DrbdTool) registers after it and answers
 * as this tool on hosts whose versions say no module is loaded.
 */
public final class DrbdWithoutModule implements SimTool {
    private static final String MODINFO = "sh: 1: modinfo: not found\n";
    private static final String NO_MODULE = "sh: 1: /sbin/modprobe: not found\nFailed to modprobe drbd (No such file or directory)\n";

    @Override
    public String name() { return "drbd-without-module"; }

    @Override
    public Set<String> programs() { return Set.of("drbdadm", "drbdsetup", "drbdmeta"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        switch (command.program().substring(command.program().lastIndexOf('/') + 1)) {
            case "drbdsetup":
                return CommandResult.failed(20, NO_MODULE);
            case "drbdmeta":
                return Answers.notImplemented("drbdmeta", "drbdmeta (the DRBD part of the lab)");
            default:
                return drbdadm(host, command.argv().subList(1, command.argv().size()));
        }
    }

    private static CommandResult drbdadm(SimHost host, List<String> args) {
        if (args.equals(List.of("--version"))) {
            String version = host.versions().drbdUtils();
            return new CommandResult(0, "DRBDADM_BUILDTAG=GIT-hash:\\ 409097fe02187f83790b88ac3e0d94f3c167adab\\ reproducible\\ build\\,\\ 2023-01-09\\ 14:51:18\n"
                    + "DRBDADM_API_VERSION=2\nDRBD_KERNEL_VERSION_CODE=0x000000\nDRBD_KERNEL_VERSION=0\n"
                    + "DRBDADM_VERSION_CODE=0x" + versionCode(version) + "\nDRBDADM_VERSION=" + version + "\n", MODINFO.repeat(3));
        }
        if (hasResourceFiles(host)) {
            return Answers.notImplemented("drbdadm", "drbdadm with resource files (the DRBD part of the lab)");
        }
        if (args.equals(List.of("dump", "all")) || args.equals(List.of("dump"))) {
            return new CommandResult(0, "# /etc/drbd.conf\nglobal {\n    usage-count no;\n}\n\ncommon {\n}\n\n", MODINFO.repeat(2));
        }
        return new CommandResult(1, "", MODINFO.repeat(2) + "no resources defined!\n");
    }

    private static boolean hasResourceFiles(SimHost host) {
        try {
            return host.files().list("/etc/drbd.d").stream().anyMatch(name -> name.endsWith(".res"));
        } catch (HostFiles.Problem missing) {
            return false;
        }
    }

    /** {@code 9.22.0} → {@code 091600}: one byte per part, in hex. */
    static String versionCode(String version) {
        String[] parts = version.split("\\.");
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 3; i++) code.append(String.format("%02x", i < parts.length ? Integer.parseInt(parts[i].replaceAll("\\D.*", "")) : 0));
        return code.toString();
    }
}
