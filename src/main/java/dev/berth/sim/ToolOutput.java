package dev.berth.sim;

import dev.berth.model.CommandResult;

/**
 * Builds a command's answer line by line, because real tools interleave messages on two streams
 * and exit with a code that depends on how far they got.
 */
public final class ToolOutput {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    public ToolOutput out(String line) {
        out.append(line).append('\n');
        return this;
    }

    public ToolOutput err(String line) {
        err.append(line).append('\n');
        return this;
    }

    /** Raw text on stderr, for another program's messages passed through as they came. */
    public ToolOutput errRaw(String text) {
        err.append(text);
        return this;
    }

    /** Raw text on stdout, for outputs that are not line-based (JSON, NUL-separated). */
    public ToolOutput outRaw(String text) {
        out.append(text);
        return this;
    }

    public CommandResult exit(int code) {
        return new CommandResult(code, out.toString(), err.toString());
    }

    public CommandResult ok() { return exit(0); }
}
