package dev.berth.discovery.parse;

import java.util.Optional;

/**
 * {@code cat -- FILE} for Berth's files under {@code /var/lib/berth} ({@code state.json},
 * {@code lock/holder.json}, {@code in-progress.json}): the raw text, or empty when the file does
 * not exist. Their schemas belong to apply; discovery only carries the bytes.
 */
public final class FileReadParser {
    private FileReadParser() {}

    public static Parsed<Optional<String>> parse(CommandOutput output) {
        if (isMissingFile(output)) return Parsed.value(Optional.empty());
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        return Parsed.value(Optional.of(output.stdout()));
    }

    /** cat's exit 1 with "No such file or directory" (also for a missing parent folder). */
    static boolean isMissingFile(CommandOutput output) {
        return output.exitCode() == 1 && output.stderr().contains("No such file or directory");
    }
}
