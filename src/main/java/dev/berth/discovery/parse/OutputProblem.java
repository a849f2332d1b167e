package dev.berth.discovery.parse;

import dev.berth.diag.Diagnostic;
import dev.berth.diag.SourcePosition;

/**
 * Builds the diagnostics of this package. The position's "file" is the host and the command
 * ({@code alpha: drbdsetup status --json:12:7}), so the usual {@code file:line:column} form
 * points at the exact place in a tool's output; the message quotes the offending line, because
 * the output itself is gone once discovery ends.
 */
final class OutputProblem {
    private static final int QUOTE_LIMIT = 120;

    private OutputProblem() {}

    /** Something wrong at a line and column (1-based) of stdout. */
    static Diagnostic at(CommandOutput output, int line, int column, String what) {
        return at(output, line, column, what, "");
    }

    /** The same, with the JSON pointer of the bad value. */
    static Diagnostic at(CommandOutput output, int line, int column, String what, String pointer) {
        // The line may be drbdsetup's or drbdadm's, which print the shared secret in clear.
        String text = SecretRedaction.redactLine(lineOf(output.stdout(), line));
        String message = what + (text.isBlank() ? "" : ": `" + shorten(text.strip()) + "`");
        return Diagnostic.error(pointer, message).at(new SourcePosition(output.source(), Math.max(1, line), Math.max(1, column)));
    }

    /**
     * The command failed: its exit code and the first line it wrote on stderr that is not a
     * warning (LVM puts its activation warning before the actual error).
     */
    static Diagnostic failed(CommandOutput output) {
        String reason = output.stderr().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("WARNING:"))
                .findFirst().orElse(output.result().firstErrorLine());
        return Diagnostic.error(output.source() + ": exit code " + output.exitCode() + ": " + reason);
    }

    /** The command printed nothing where output was due. */
    static Diagnostic empty(CommandOutput output) {
        return at(output, 1, 1, "no output (exit code " + output.exitCode() + ")");
    }

    static String lineOf(String text, int line) {
        return text.lines().skip(Math.max(0, line - 1)).findFirst().orElse("");
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
    }
}
