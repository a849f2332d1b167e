package dev.berth.discovery.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lvm version}: the line {@code LVM version:     2.03.16(2) (2022-05-18)} gives
 * {@code 2.03.16(2)}. Without device-mapper lvm writes complaints on stderr and exits 0;
 * the version is still right.
 */
public final class LvmVersionParser {
    private static final Pattern VERSION = Pattern.compile("^\\s*LVM version:\\s*(\\S+)");

    private LvmVersionParser() {}

    public static Parsed<String> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        List<String> lines = output.stdout().lines().toList();
        for (String line : lines) {
            Matcher m = VERSION.matcher(line);
            if (m.find()) return Parsed.value(m.group(1));
        }
        return Parsed.unreadable(OutputProblem.at(output, 1, 1, "no 'LVM version:' line"));
    }
}
