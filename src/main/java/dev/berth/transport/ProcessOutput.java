package dev.berth.transport;

import dev.berth.model.CommandResult;

import java.nio.charset.StandardCharsets;

/**
 * What one process left behind, as raw bytes. Transports keep bytes until the last moment because
 * the batch wrapper frames its results by byte length: decoding to text first would miscount
 * every multi-byte character.
 */
public record ProcessOutput(int exitCode, byte[] stdout, byte[] stderr) {
    public ProcessOutput {
        stdout = stdout == null ? new byte[0] : stdout;
        stderr = stderr == null ? new byte[0] : stderr;
    }

    /** Standard error as text, for messages. */
    public String stderrText() { return new String(stderr, StandardCharsets.UTF_8); }

    /** The result as the rest of Berth sees it: text decoded as UTF-8. */
    public CommandResult toResult() {
        return new CommandResult(exitCode, new String(stdout, StandardCharsets.UTF_8), stderrText());
    }
}
