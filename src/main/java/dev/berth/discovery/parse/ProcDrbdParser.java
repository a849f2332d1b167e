package dev.berth.discovery.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cat /proc/drbd}, read only for its first line, {@code version: 8.4.11 (api:1/proto:86-101)}
 * or {@code version: 9.2.5 (api:2/proto:86-121)}, to recognise an 8.4 module. A missing file
 * means no module is loaded: an empty version, not a failure.
 */
public final class ProcDrbdParser {
    private static final Pattern VERSION = Pattern.compile("^version:\\s*(\\S+)");

    private ProcDrbdParser() {}

    public static Parsed<Optional<String>> parse(CommandOutput output) {
        if (FileReadParser.isMissingFile(output)) return Parsed.value(Optional.empty());
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        String first = OutputProblem.lineOf(output.stdout(), 1).strip();
        Matcher m = VERSION.matcher(first);
        if (!m.find()) return Parsed.unreadable(OutputProblem.at(output, 1, 1, "expected 'version: X.Y.Z ...'"));
        return Parsed.value(Optional.of(m.group(1)));
    }
}
