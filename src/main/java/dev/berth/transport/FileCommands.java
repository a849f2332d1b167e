package dev.berth.transport;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;

/**
 * The fixed commands behind file reads and writes. Paths travel as arguments ({@code $1}), never
 * spliced into the script, so no path can change what the shell runs. No SFTP: these go through
 * the same exec channel, so {@code sudo} applies to them too.
 */
public final class FileCommands {
    /**
     * Writes standard input to a temporary file beside the target, fsyncs it, sets its mode and
     * renames it over the target: readers see the old file or the new one, never half of one.
     */
    public static final String ATOMIC_WRITE_SCRIPT =
            "set -e; dir=$(dirname \"$1\"); mkdir -p \"$dir\"; tmp=$(mktemp \"$1.berth-XXXXXX\"); "
            + "trap 'rm -f \"$tmp\"' EXIT; cat > \"$tmp\"; chmod \"$2\" \"$tmp\"; sync \"$tmp\" 2>/dev/null || sync; "
            + "mv -f \"$tmp\" \"$1\"; trap - EXIT";

    private FileCommands() {}

    public static Command read(String path) { return Command.of("cat", "--", path); }

    public static Command atomicWrite(String path, String octalMode) {
        return Command.of("sh", "-c", ATOMIC_WRITE_SCRIPT, "berth-write", path, octalMode);
    }

    /** {@code cat} of a missing file: exit 1 and "No such file or directory". */
    public static boolean isMissing(CommandResult result) {
        return result.exitCode() == 1 && result.stderr().contains("No such file or directory");
    }
}
