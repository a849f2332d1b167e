package dev.berth.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Entry point. {@link #run} is what tests call; only {@link #main} exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(outWriter, errWriter, debug);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine commandLine = new CommandLine(new BerthCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureHandler(debug));
        applyExitCodes(commandLine);
        return commandLine;
    }

    /** picocli's own usage code is 2, which Berth uses for "changes present". */
    private static void applyExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCode.ERROR);
        commandLine.getSubcommands().values().forEach(Main::applyExitCodes);
    }

    /** Known problems print one line; anything else asks for --debug instead of dumping a stack trace. */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        private final boolean debug;

        FailureHandler(boolean debug) { this.debug = debug; }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            if (debug) e.printStackTrace(err);
            if (e instanceof UserError userError) {
                err.println("berth: " + userError.getMessage());
                return userError.exitCode();
            }
            err.println("berth: internal error: " + e + (debug ? "" : " (rerun with --debug for details)"));
            return ExitCode.ERROR;
        }
    }
}
