package dev.berth.transport;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sudo around run and runBatch, on a host whose "processes" are recorded and answered here. */
class SudoTest {
    private final List<Command> executed = new ArrayList<>();

    @Test
    void commandsAndTheWholeBatchRunUnderSudoNonInteractive() throws HostException {
        Host host = host(new ProcessOutput(0, "berth-batch 1\n0 2 0\nokend\n".getBytes(StandardCharsets.UTF_8), new byte[0]));
        host.run(Command.of("-weird-program", "x"));
        host.runBatch(List.of(Command.of("uname", "-n")));
        assertEquals(Command.of("sudo", "-n", "--", "-weird-program", "x"), executed.get(0));
        assertEquals(Command.of("sudo", "-n", "--", "sh", "-c", BatchWrapper.SCRIPT), executed.get(1));
    }

    @Test
    void aPasswordPromptBecomesSudoNeedsPasswordWithTheFix() {
        Host host = host(new ProcessOutput(1, new byte[0], "sudo: a password is required\n".getBytes(StandardCharsets.UTF_8)));
        for (ThrowingCall call : List.<ThrowingCall>of(() -> host.run(Command.of("lvs")), () -> host.runBatch(List.of(Command.of("lvs"))))) {
            HostException refused = assertThrows(HostException.class, call::run);
            assertEquals(HostException.Kind.SUDO_NEEDS_PASSWORD, refused.kind());
            assertTrue(refused.getMessage().contains("deploy ALL=(root) NOPASSWD: ALL"), refused.getMessage());
        }
    }

    @Test
    void aProgramSudoCannotFindIsExit127AsWithoutSudo() throws HostException {
        Host host = host(new ProcessOutput(1, new byte[0], "sudo: zfs: command not found\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new CommandResult(127, "", "sudo: zfs: command not found\n"), host.run(Command.of("zfs", "version")));
        Host failing = host(new ProcessOutput(1, new byte[0], "lvs: sudo: command not found in a message\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, failing.run(Command.of("lvs")).exitCode(), "only sudo's own line is rewritten");
    }

    @Test
    void aMissingSudoIsSaidSo() {
        for (String shell : List.of("bash: sudo: command not found\n", "sh: 1: sudo: not found\n", "zsh: command not found: sudo\n")) {
            Host host = host(new ProcessOutput(127, new byte[0], shell.getBytes(StandardCharsets.UTF_8)));
            HostException missing = assertThrows(HostException.class, () -> host.run(Command.of("lvs")), shell);
            assertEquals(HostException.Kind.COMMAND_FAILED, missing.kind());
            assertTrue(missing.getMessage().contains("sudo is not installed on node-a"), missing.getMessage());
        }
    }

    @Test
    void withoutSudoTheSameOutputIsJustAFailedCommand() throws HostException {
        ProcessOutput output = new ProcessOutput(1, new byte[0], "sudo: a password is required\n".getBytes(StandardCharsets.UTF_8));
        Host plain = new RecordingHost(false, output);
        assertEquals(new CommandResult(1, "", "sudo: a password is required\n"), plain.run(Command.of("sudo", "lvs")));
    }

    private Host host(ProcessOutput answer) { return new RecordingHost(true, answer); }

    private interface ThrowingCall { void run() throws HostException; }

    private final class RecordingHost extends ExecutingHost {
        private final ProcessOutput answer;

        RecordingHost(boolean sudo, ProcessOutput answer) {
            super("node-a", sudo);
            this.answer = answer;
        }

        @Override
        protected ProcessOutput execute(Command command, byte[] stdin) {
            executed.add(command);
            return answer;
        }

        @Override
        protected String user() { return "deploy"; }

        @Override
        public void close() {}
    }
}
