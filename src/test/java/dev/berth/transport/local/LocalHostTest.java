package dev.berth.transport.local;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.HostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real processes on this machine: argv without a shell, stdin, both outputs, timeouts. */
class LocalHostTest {
    private final LocalHost host = new LocalHost("here", Duration.ofSeconds(10), false);

    @Test
    void passesArgumentsVerbatimWithoutAShell() throws HostException {
        CommandResult result = host.run(Command.of("printf", "<%s>", "$(id)", "a b", "", "it's", "*"));
        assertEquals(new CommandResult(0, "<$(id)><a b><><it's><*>", ""), result);
    }

    @Test
    void feedsStandardInputAndKeepsExitCodeAndStderr() throws HostException {
        assertEquals("héllo\nwörld", host.run(Command.of("cat"), "héllo\nwörld").stdout());
        CommandResult failed = host.run(Command.of("sh", "-c", "echo out; echo oops >&2; exit 3"));
        assertEquals(new CommandResult(3, "out\n", "oops\n"), failed);
    }

    @Test
    void aMissingProgramIsExitCode127LikeInAShell() throws HostException {
        CommandResult result = host.run(Command.of("berth-no-such-program"));
        assertEquals(127, result.exitCode());
        assertTrue(result.stderr().contains("berth-no-such-program"), result.stderr());
    }

    @Test
    void largeOutputOnBothStreamsWhileStdinIsLargeDoesNotDeadlock() throws HostException {
        String input = "x".repeat(1 << 20);
        // cat echoes stdin to stdout while a second copy goes to stderr: every pipe is full at once
        CommandResult result = host.run(Command.of("sh", "-c", "tee /dev/stderr"), input);
        assertEquals(input.length(), result.stdout().length());
        assertEquals(input.length(), result.stderr().length());
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree(@TempDir Path folder) throws Exception {
        LocalHost impatient = new LocalHost("here", Duration.ofMillis(300), false);
        Path pidFile = folder.resolve("child.pid");
        long start = System.nanoTime();
        HostException timeout = assertThrows(HostException.class, () -> impatient.run(
                Command.of("sh", "-c", "sleep 30 & echo $! > \"$1\"; wait", "sh", pidFile.toString())));
        assertEquals(HostException.Kind.TIMEOUT, timeout.kind());
        assertEquals("here", timeout.host());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000, "returned late");
        long child = Long.parseLong(Files.readString(pidFile).trim());
        assertTrue(diesSoon(child), "the background sleep survived");
    }

    /** A kill is a signal: give it a moment to land, and count a zombie waiting for init as dead. */
    private static boolean diesSoon(long pid) throws Exception {
        for (int i = 0; i < 40; i++) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !process.get().isAlive()) return true;
            Path stat = Path.of("/proc", Long.toString(pid), "stat");
            if (Files.exists(stat) && Files.readString(stat).replaceFirst(".*\\) ", "").startsWith("Z")) return true;
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void aBackgroundChildHoldingThePipeDoesNotHideTheOutput() throws HostException {
        CommandResult result = host.run(Command.of("sh", "-c", "echo done; sleep 2 >/dev/null 2>&1 & exec 2>&-; sleep 2 &"));
        assertEquals("done\n", result.stdout());
    }

    @Test
    void writesFilesAtomicallyWithTheirModeAndReadsThemBack(@TempDir Path folder) throws Exception {
        String path = folder.resolve("etc/drbd.d/r0.res").toString();
        assertEquals(Optional.empty(), host.readFile(path));
        host.writeFile(path, "resource r0 {\n  # it's $(not) run\n}\n", "0640");
        assertEquals(Optional.of("resource r0 {\n  # it's $(not) run\n}\n"), host.readFile(path));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(path))));
        try (var files = Files.list(folder.resolve("etc/drbd.d"))) {
            assertEquals(1, files.count(), "the temporary file was left behind");
        }
    }
}
