package dev.berth.cli;

import dev.berth.testing.CliRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @Test
    void helpAndVersionSucceed() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().contains("validate"), help::toString);
        assertTrue(help.out().contains("64"), "the exit codes are documented");
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("berth "), version::toString);
        assertEquals(0, CliRun.of("validate", "--help").exitCode());
    }

    @Test
    void aMistypedFlagIsAUsageErrorWithADidYouMean() {
        CliRun run = CliRun.of("validate", "--formt", "json", "examples/stacks/mysql-ha");
        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--formt"), run::toString);
        assertTrue(run.err().contains("--format"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void usageErrorsAre64NotPicocliTwo() {
        assertEquals(ExitCode.USAGE, CliRun.of("no-such-command").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("validate").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of().exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("validate", "--format", "junit", "examples/stacks/mysql-ha").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("validate", "--format", "yaml", "examples/stacks/mysql-ha").exitCode());
    }

    @Test
    void validateReportsOnStdoutAndExitsByValidity() {
        CliRun valid = CliRun.of("validate", "examples/stacks/mysql-ha");
        assertEquals(0, valid.exitCode(), valid::toString);
        assertEquals("examples/stacks/mysql-ha/stack.yaml: valid (0 errors, 0 warnings)\n", valid.out());
        assertEquals("", valid.err());
        CliRun missing = CliRun.of("validate", "no/such/stack");
        assertEquals(ExitCode.ERROR, missing.exitCode());
        assertTrue(missing.out().contains("no such stack: no/such/stack"), missing::toString);
    }

    @Test
    void validateCanWriteItsReportToAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path report = dir.resolve("sub/report.json");
        CliRun run = CliRun.of("validate", "--format", "json", "--out", report.toString(), "examples/stacks/mysql-ha");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertTrue(java.nio.file.Files.readString(report).contains("\"valid\" : true"));
    }

    @Test
    void anInternalErrorIsOneLineWithoutStackTrace() {
        Main.FailureHandler handler = new Main.FailureHandler(false);
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err), false);
        int code = handler.handleExecutionException(new IllegalStateException("boom"), commandLine, null);
        assertEquals(ExitCode.ERROR, code);
        assertEquals("berth: internal error: java.lang.IllegalStateException: boom (rerun with --debug for details)", err.toString().strip());
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void theVerbNamesSpelledOutAreTheCommandsOwn() {
        for (Map.Entry<String, Class<?>> verb : BerthCommand.VERBS.entrySet()) {
            assertEquals(verb.getValue().getAnnotation(CommandLine.Command.class).name(), verb.getKey());
        }
        assertEquals(Optional.of("plan"), Main.verbNamed(new String[] {"--debug", "plan", "stack"}));
        assertEquals(Optional.empty(), Main.verbNamed(new String[] {"stack", "plan"}));
    }
}
