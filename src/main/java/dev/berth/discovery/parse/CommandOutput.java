package dev.berth.discovery.parse;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import java.util.Objects;

/**
 * What one command printed on one host: everything a parser needs, and everything a diagnostic
 * must name (the host, the command, and through the result the line that was wrong).
 */
public record CommandOutput(String host, Command command, CommandResult result) {
    public CommandOutput {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(result, "result");
    }

    public static CommandOutput of(String host, Command command, int exitCode, String stdout, String stderr) {
        return new CommandOutput(host, command, new CommandResult(exitCode, stdout, stderr));
    }

    public String stdout() { return result.stdout(); }

    public String stderr() { return result.stderr(); }

    public int exitCode() { return result.exitCode(); }

    /** {@code alpha: lvs --reportformat json ...}: how diagnostics and findings name the source. */
    public String source() { return host + ": " + command.shellQuoted(); }
}
