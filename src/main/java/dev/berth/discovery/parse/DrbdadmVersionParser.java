package dev.berth.discovery.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code drbdadm --version}: shell-sourceable {@code KEY=VALUE} lines ({@code DRBDADM_VERSION=9.22.0},
 * {@code DRBD_KERNEL_VERSION=9.2.5}; values backslash-escaped). drbdadm asks {@code modinfo} and
 * complains on stderr when it is missing, with exit 0; that is a warning, not a failure.
 */
public final class DrbdadmVersionParser {
    private DrbdadmVersionParser() {}

    public static Parsed<DrbdadmVersion> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        Map<String, String> values = new HashMap<>();
        List<String> lines = output.stdout().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int equals = line.indexOf('=');
            if (equals <= 0) return Parsed.unreadable(OutputProblem.at(output, i + 1, 1, "expected KEY=VALUE"));
            values.put(line.substring(0, equals), BlkidProbeParser.unescape(line.substring(equals + 1)));
        }
        if (!values.containsKey("DRBDADM_VERSION")) {
            return Parsed.unreadable(OutputProblem.at(output, 1, 1, "no DRBDADM_VERSION line"));
        }
        // "0" (with DRBD_KERNEL_VERSION_CODE=0x000000) is drbdadm's way of saying "no module".
        Optional<String> kernel = Optional.ofNullable(values.get("DRBD_KERNEL_VERSION"))
                .filter(v -> !v.isEmpty() && !v.equals("0"));
        return Parsed.value(new DrbdadmVersion(Optional.of(values.get("DRBDADM_VERSION")), kernel));
    }
}
