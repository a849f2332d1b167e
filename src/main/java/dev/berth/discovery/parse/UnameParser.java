package dev.berth.discovery.parse;

/**
 * {@code uname -n} (the node name drbdadm matches {@code on} sections against) and
 * {@code uname -r} (the kernel release): one line each.
 */
public final class UnameParser {
    private UnameParser() {}

    public static Parsed<String> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        String value = output.stdout().strip();
        if (value.isEmpty()) return Parsed.unreadable(OutputProblem.empty(output));
        if (value.contains("\n")) return Parsed.unreadable(OutputProblem.at(output, 2, 1, "expected one line"));
        return Parsed.value(value);
    }
}
