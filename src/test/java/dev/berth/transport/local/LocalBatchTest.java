package dev.berth.transport.local;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.HostException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real batch wrapper under this machine's sh: what goes in as argv comes out as frames. */
class LocalBatchTest {
    private final LocalHost host = new LocalHost("here", Duration.ofSeconds(10), false);

    @Test
    void trickyArgumentsArriveVerbatim() throws HostException {
        List<String> tricky = List.of("a b", "  leading and trailing  ", "it's", "\"double\"", "back\\slash", "$(touch /tmp/pwned)",
                "`id`", "$HOME", "", "line one\nline two\n", "\n", "a\r\nb", "naïve ☃ 日本", "-n", "*", "r", "a", "n");
        List<String> argv = new java.util.ArrayList<>(List.of("printf", "<%s>"));
        argv.addAll(tricky);
        CommandResult result = host.runBatch(List.of(new Command(argv))).get(0);
        StringBuilder expected = new StringBuilder();
        tricky.forEach(argument -> expected.append('<').append(argument).append('>'));
        assertEquals(new CommandResult(0, expected.toString(), ""), result);
    }

    @Test
    void outputsOfEveryShapeComeBackApartAndInOrder() throws HostException {
        List<CommandResult> results = host.runBatch(List.of(
                Command.of("printf", "no newline"),
                Command.of("printf", "nul\\000inside\\000"),
                Command.of("true"),
                Command.of("sh", "-c", "printf 'half'; printf 'err\\nmore' >&2; exit 7"),
                Command.of("printf", "%s", "ünïcödé ✓"),
                Command.of("head", "-c", "300000", "/dev/zero"),
                Command.of("false")));
        assertEquals(new CommandResult(0, "no newline", ""), results.get(0));
        assertEquals(new CommandResult(0, "nul\0inside\0", ""), results.get(1));
        assertEquals(new CommandResult(0, "", ""), results.get(2));
        assertEquals(new CommandResult(7, "half", "err\nmore"), results.get(3));
        assertEquals(new CommandResult(0, "ünïcödé ✓", ""), results.get(4));
        assertEquals("\0".repeat(300000), results.get(5).stdout());
        assertEquals(new CommandResult(1, "", ""), results.get(6));
    }

    @Test
    void shellBuiltinNamesRunAsProgramsAndNeverStopTheWrapper() throws HostException {
        List<CommandResult> results = host.runBatch(List.of(
                Command.of("exit", "3"), Command.of("exec", "true"), Command.of("berth-no-such-program"), Command.of("echo", "still here")));
        assertEquals(127, results.get(0).exitCode());
        assertEquals(127, results.get(1).exitCode());
        assertEquals(127, results.get(2).exitCode());
        assertTrue(results.get(2).stderr().contains("berth-no-such-program"), results.get(2).stderr());
        assertEquals(new CommandResult(0, "still here\n", ""), results.get(3));
    }

    @Test
    void aCommandReadingStdinGetsNothingAndCannotEatTheRequest() throws HostException {
        List<CommandResult> results = host.runBatch(List.of(Command.of("cat"), Command.of("echo", "after")));
        assertEquals(new CommandResult(0, "", ""), results.get(0));
        assertEquals(new CommandResult(0, "after\n", ""), results.get(1));
    }

    @Test
    void anEmptyBatchRunsNothing() throws HostException {
        assertEquals(List.of(), host.runBatch(List.of()));
    }

    @Test
    void theBatchAsAWholeHasTheCommandTimeout() {
        LocalHost impatient = new LocalHost("here", Duration.ofMillis(300), false);
        HostException timeout = org.junit.jupiter.api.Assertions.assertThrows(HostException.class,
                () -> impatient.runBatch(List.of(Command.of("true"), Command.of("sleep", "30"))));
        assertEquals(HostException.Kind.TIMEOUT, timeout.kind());
    }
}
