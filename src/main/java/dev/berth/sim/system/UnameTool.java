package dev.berth.sim.system;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code uname}: the host name DRBD matches against {@code on <host>}, and the kernel release.
 * GNU uname prints the fields in its fixed order whatever the order of the flags.
 */
public final class UnameTool implements SimTool {
    @Override
    public String name() { return "uname"; }

    @Override
    public Set<String> programs() { return Set.of("uname"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        Set<Character> fields = new LinkedHashSet<>();
        for (String word : command.argv().subList(1, command.argv().size())) {
            if (word.equals("--all")) word = "-a";
            if (word.equals("--nodename")) word = "-n";
            if (word.equals("--kernel-release")) word = "-r";
            if (!word.startsWith("-") || word.length() < 2) {
                return CommandResult.failed(1, "uname: extra operand '" + word + "'\nTry 'uname --help' for more information.\n");
            }
            for (char flag : word.substring(1).toCharArray()) {
                if ("asnrvmo".indexOf(flag) < 0) {
                    return CommandResult.failed(1, "uname: invalid option -- '" + flag + "'\nTry 'uname --help' for more information.\n");
                }
                fields.add(flag);
            }
        }
        if (fields.isEmpty()) fields.add('s');
        boolean all = fields.contains('a');
        List<String> words = new ArrayList<>();
        if (all || fields.contains('s')) words.add("Linux");
        if (all || fields.contains('n')) words.add(host.hostname());
        if (all || fields.contains('r')) words.add(host.versions().kernelRelease());
        if (all || fields.contains('v')) words.add(host.versions().kernelVersion());
        if (all || fields.contains('m')) words.add("x86_64");
        if (all || fields.contains('o')) words.add("GNU/Linux");
        return CommandResult.ok(String.join(" ", words) + "\n");
    }
}
