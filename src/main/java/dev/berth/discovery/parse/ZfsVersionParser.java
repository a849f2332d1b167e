package dev.berth.discovery.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code zfs version} (OpenZFS 0.8+): {@code zfs-2.1.11-1} for the tools, then
 * {@code zfs-kmod-2.1.11-1} for the module. The tools' version is the one kept.
 */
public final class ZfsVersionParser {
    private static final Pattern USERLAND = Pattern.compile("^zfs-(?!kmod-)(\\S+)$");

    private ZfsVersionParser() {}

    public static Parsed<String> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        for (String line : output.stdout().lines().toList()) {
            Matcher m = USERLAND.matcher(line.strip());
            if (m.matches()) return Parsed.value(m.group(1));
        }
        return Parsed.unreadable(OutputProblem.at(output, 1, 1, "no 'zfs-VERSION' line"));
    }
}
