package dev.berth.transport;

import dev.berth.model.Command;

import java.util.ArrayList;
import java.util.List;

/**
 * Running as root through sudo, without ever waiting for a password: {@code -n} makes sudo fail
 * at once where it would prompt, and this class turns that failure into
 * {@link HostException.Kind#SUDO_NEEDS_PASSWORD} with the fix, instead of a hang or a confusing
 * exit code 1.
 */
public final class Sudo {
    /** What {@code sudo -n} prints when it would have to ask (C locale; see package notes). */
    static final String PASSWORD_REQUIRED = "sudo: a password is required";

    private Sudo() {}

    /** {@code sudo -n -- argv…}: {@code --} so that a program named {@code -x} stays a program. */
    public static Command wrap(Command command) {
        List<String> argv = new ArrayList<>(List.of("sudo", "-n", "--"));
        argv.addAll(command.argv());
        return new Command(argv);
    }

    /** Throws when the output says sudo itself refused, not the command it ran. */
    public static void check(String host, String user, ProcessOutput output) throws HostException {
        String stderr = output.stderrText();
        if (output.exitCode() == 1 && stderr.contains(PASSWORD_REQUIRED)) {
            throw new HostException(HostException.Kind.SUDO_NEEDS_PASSWORD, host, "sudo on " + host + " asks "
                    + user + " for a password, and Berth never types one. Allow it without one, for example with "
                    + "a file in /etc/sudoers.d containing: " + user + " ALL=(root) NOPASSWD: ALL");
        }
        if (output.exitCode() == 127 && stderr.contains("sudo") && stderr.contains("not found")) {
            throw new HostException(HostException.Kind.COMMAND_FAILED, host,
                    "sudo is not installed on " + host + ": install it, or connect as root with sudo: false");
        }
    }
}
