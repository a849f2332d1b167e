package dev.berth.model;

/** What a host answered to one command. Exit codes decide; stderr may carry harmless warnings. */
public record CommandResult(int exitCode, String stdout, String stderr) {
    public CommandResult {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public static CommandResult ok(String stdout) { return new CommandResult(0, stdout, ""); }

    public static CommandResult failed(int exitCode, String stderr) { return new CommandResult(exitCode, "", stderr); }

    public boolean succeeded() { return exitCode == 0; }

    /** The first non-blank line of stderr, for one-line error messages. */
    public String firstErrorLine() {
        return stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("exit code " + exitCode);
    }
}
