package dev.berth.transport;

import dev.berth.model.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Running as root through sudo, without ever waiting for a password: {@code -n} makes sudo fail
 * at once where it would prompt, and this class turns that failure into
 * {@link HostException.Kind#SUDO_NEEDS_PASSWORD} with the fix, instead of a hang or a confusing
 * exit code 1. Messages are matched in sudo's C-locale English; a translated sudo is not
 * recognised and its refusal stays an ordinary failed command.
 */
public final class Sudo {
    static final String PASSWORD_REQUIRED = "sudo: a password is required";
    /** sudo's own words for a program it cannot find: it exits 1 where a shell would exit 127. */
    private static final Pattern PROGRAM_NOT_FOUND = Pattern.compile("\\Asudo: [^\\n]+: command not found\\s*\\z");
    /** A shell's words for a missing sudo: "bash: sudo: command not found", "sh: 1: sudo: not found". */
    private static final Pattern SUDO_NOT_FOUND = Pattern.compile(": sudo: (command )?not found|command not found: sudo");

    private Sudo() {}

    /** {@code sudo -n -- argv…}: {@code --} so that a program named {@code -x} stays a program. */
    public static Command wrap(Command command) {
        List<String> argv = new ArrayList<>(List.of("sudo", "-n", "--"));
        argv.addAll(command.argv());
        return new Command(argv);
    }

    /**
     * Throws when sudo itself refused; otherwise returns the command's output, with a missing
     * program reported as 127, as it is without sudo and inside the batch wrapper.
     */
    public static ProcessOutput check(String host, String user, ProcessOutput output) throws HostException {
        String stderr = output.stderrText();
        if (output.exitCode() == 1 && stderr.contains(PASSWORD_REQUIRED)) {
            throw new HostException(HostException.Kind.SUDO_NEEDS_PASSWORD, host, "sudo on " + host + " asks "
                    + user + " for a password, and Berth never types one. Allow it without one, for example with "
                    + "a file in /etc/sudoers.d containing: " + user + " ALL=(root) NOPASSWD: ALL");
        }
        if (output.exitCode() == 127 && SUDO_NOT_FOUND.matcher(stderr).find()) {
            throw new HostException(HostException.Kind.COMMAND_FAILED, host,
                    "sudo is not installed on " + host + ": install it, or connect as root with sudo: false");
        }
        if (output.exitCode() == 1 && PROGRAM_NOT_FOUND.matcher(stderr).matches()) {
            return new ProcessOutput(127, output.stdout(), output.stderr());
        }
        return output;
    }
}
