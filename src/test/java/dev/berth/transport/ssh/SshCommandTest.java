package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.BatchWrapper;
import dev.berth.transport.FileCommands;
import dev.berth.transport.Host;
import dev.berth.transport.HostException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running commands over SSH: quoting, batches, stdin, sudo, timeouts and lost connections. */
class SshCommandTest {
    private static TestSshServer server;
    private SshTestHome home;

    @BeforeAll
    static void startServer() throws Exception { server = new TestSshServer(); }

    @AfterAll
    static void stopServer() throws Exception { server.close(); }

    @BeforeEach
    void prepare(@TempDir Path folder) throws Exception {
        home = new SshTestHome(folder, server);
        server.execStrings.clear();
        server.sudoNeedsPassword = false;
    }

    @Test
    void everyCommandReusesOneConnectionAndArrivesAsItsArgv() throws HostException {
        server.runner = (command, stdin) -> CommandResult.ok(String.join("|", command.argv()));
        int sessionsBefore = server.keyExchanges.size();
        try (Host host = home.connector().connect(home.target())) {
            assertEquals("echo|$(rm -rf /)|it's|", host.run(Command.of("echo", "$(rm -rf /)", "it's", "")).stdout());
            assertEquals("printf|a\nb|*", host.run(Command.of("printf", "a\nb", "*")).stdout());
            assertEquals("uname|-n", host.run(Command.of("uname", "-n")).stdout());
        }
        assertEquals(1, server.keyExchanges.size() - sessionsBefore, "one handshake for three commands");
        assertEquals("echo '$(rm -rf /)' 'it'\"'\"'s' ''", server.execStrings.get(0));
    }

    @Test
    void aWarmConnectionAnswersInMillisecondsNotDelayedAckTime() throws HostException {
        server.runner = (command, stdin) -> CommandResult.ok("");
        try (Host host = home.connector().connect(home.target())) {
            for (int i = 0; i < 5; i++) host.run(Command.of("true"));
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) host.run(Command.of("true"));
            // with Nagle's algorithm on, each command waits ~40 ms for a delayed ACK: 10 take 400+ ms
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(elapsed < 300, "10 warm commands took " + elapsed + " ms");
        }
    }

    @Test
    void aBatchCarriesBinaryEmptyFailingAndStderrResultsInOneExec() throws HostException {
        Map<String, CommandResult> answers = Map.of(
                "cat", new CommandResult(0, "bin\0ary\u00ff\n\n", ""),
                "true", new CommandResult(0, "", ""),
                "lvs", new CommandResult(5, "", "  Volume group \"vg0\" not found\n"),
                "printf", new CommandResult(0, "naïve ☃ no newline", "warning: something\n"));
        server.runner = (command, stdin) -> answers.get(command.program());
        List<Command> batch = List.of(Command.of("cat", "/proc/drbd"), Command.of("true"), Command.of("lvs", "--reportformat", "json"),
                Command.of("printf", "line\nbreak", ""));
        try (Host host = home.connector().connect(home.target())) {
            List<CommandResult> results = host.runBatch(batch);
            assertEquals(List.of(answers.get("cat"), answers.get("true"), answers.get("lvs"), answers.get("printf")), results);
        }
        assertEquals(List.of(BatchWrapper.command().shellQuoted()), server.execStrings);
    }

    @Test
    void standardInputReachesTheCommandAndFilesRoundTrip() throws HostException {
        Map<String, String> files = new ConcurrentHashMap<>();
        server.runner = (command, stdin) -> {
            List<String> argv = command.argv();
            if (argv.equals(FileCommands.atomicWrite(argv.get(argv.size() - 2), "0644").argv())) {
                files.put(argv.get(argv.size() - 2), stdin);
                return CommandResult.ok("");
            }
            if (command.program().equals("cat") && argv.size() == 3) {
                String content = files.get(argv.get(2));
                return content == null ? CommandResult.failed(1, "cat: " + argv.get(2) + ": No such file or directory\n") : CommandResult.ok(content);
            }
            return CommandResult.ok(stdin.toUpperCase());
        };
        try (Host host = home.connector().connect(home.target())) {
            assertEquals("FED THROUGH STDIN\n", host.run(Command.of("tr", "a-z", "A-Z"), "fed through stdin\n").stdout());
            assertEquals(Optional.empty(), host.readFile("/etc/drbd.d/r0.res"));
            host.writeFile("/etc/drbd.d/r0.res", "# written by Berth\nresource r0 { }\n", "0644");
            assertEquals(Optional.of("# written by Berth\nresource r0 { }\n"), host.readFile("/etc/drbd.d/r0.res"));
        }
    }

    @Test
    void sudoWrapsEachCommandAndTheWholeBatch() throws HostException {
        server.runner = (command, stdin) -> CommandResult.ok(command.program());
        try (Host host = home.connector().connect(home.target(false, true, Duration.ofSeconds(10)))) {
            assertEquals("lvs", host.run(Command.of("lvs")).stdout());
            assertEquals(List.of(CommandResult.ok("vgs")), host.runBatch(List.of(Command.of("vgs"))));
        }
        assertEquals("sudo -n -- lvs", server.execStrings.get(0));
        assertEquals("sudo -n -- " + BatchWrapper.command().shellQuoted(), server.execStrings.get(1));
    }

    @Test
    void sudoAskingForAPasswordIsSudoNeedsPasswordNeverAHang() throws HostException {
        server.sudoNeedsPassword = true;
        try (Host host = home.connector().connect(home.target(false, true, Duration.ofSeconds(10)))) {
            HostException single = assertThrows(HostException.class, () -> host.run(Command.of("lvs")));
            assertEquals(HostException.Kind.SUDO_NEEDS_PASSWORD, single.kind());
            assertTrue(single.getMessage().contains("deploy ALL=(root) NOPASSWD"), single.getMessage());
            HostException batch = assertThrows(HostException.class, () -> host.runBatch(List.of(Command.of("lvs"))));
            assertEquals(HostException.Kind.SUDO_NEEDS_PASSWORD, batch.kind());
        }
    }

    @Test
    void aCommandPastItsTimeoutIsClosedAndTheConnectionStaysUsable() throws HostException {
        server.runner = (command, stdin) -> {
            if (command.program().equals("sleep")) {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return CommandResult.ok("awake");
        };
        try (Host host = home.connector().connect(home.target(false, false, Duration.ofMillis(400)))) {
            long start = System.nanoTime();
            HostException timeout = assertThrows(HostException.class, () -> host.run(Command.of("sleep", "20")));
            assertEquals(HostException.Kind.TIMEOUT, timeout.kind());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000, "the timeout fired late");
            assertEquals("awake", host.run(Command.of("echo")).stdout());
        }
    }

    @Test
    void aConnectionDroppedMidCommandIsLostAndTheNextCommandReconnects() throws HostException {
        server.runner = (command, stdin) -> {
            if (command.program().equals("drbdadm")) throw new TestSshServer.DropConnection();
            return CommandResult.ok("fine");
        };
        try (Host host = home.connector().connect(home.target())) {
            HostException lost = assertThrows(HostException.class, () -> host.run(Command.of("drbdadm", "up", "r0")));
            assertEquals(HostException.Kind.CONNECTION_LOST, lost.kind());
            assertEquals("node-a", lost.host());
            assertTrue(lost.getMessage().contains("drbdadm up r0"), lost.getMessage());
            HostException lostBatch = assertThrows(HostException.class, () -> host.runBatch(List.of(Command.of("drbdadm", "dump"))));
            assertEquals(HostException.Kind.CONNECTION_LOST, lostBatch.kind());
            assertEquals("fine", host.run(Command.of("true")).stdout());
        }
    }
}
