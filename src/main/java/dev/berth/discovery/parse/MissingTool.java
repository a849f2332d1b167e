package dev.berth.discovery.parse;

/**
 * Recognises "this program is not installed": exit 127 from a shell ({@code sh: 1: zfs: not found},
 * {@code bash: zfs: command not found}), or sudo's {@code sudo: zfs: command not found} with
 * exit 1. A missing tool is a fact about the host, not a failure of discovery. drbdadm's own
 * {@code sh: 1: modinfo: not found} (exit 0) names another program and does not count.
 */
final class MissingTool {
    static final int EXIT_NOT_FOUND = 127;

    private MissingTool() {}

    static boolean isMissing(CommandOutput output) {
        if (output.exitCode() == 0) return false;
        if (output.exitCode() == EXIT_NOT_FOUND) return true;
        String program = output.command().program();
        return output.stderr().contains(program + ": command not found") || output.stderr().contains(program + ": not found");
    }
}
