package dev.berth.discovery.parse;

import java.util.List;

/**
 * {@code ls -1A /var/lib/linstor.d}: the files a LINSTOR satellite keeps (one {@code <rsc>.res}
 * per resource it manages). A missing folder means no satellite.
 */
public final class LinstorListingParser {
    private LinstorListingParser() {}

    public static Parsed<List<String>> parse(CommandOutput output) {
        // ls: exit 2 "cannot access ...: No such file or directory" for a missing folder.
        if (output.exitCode() == 2 && output.stderr().contains("No such file or directory")) return Parsed.value(List.of());
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        return Parsed.value(output.stdout().lines().filter(l -> !l.isBlank()).sorted().toList());
    }
}
