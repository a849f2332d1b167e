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
        int exit;
        try {
            exit = run(System.out, System.err, true, args);
        } catch (OutOfMemoryError e) {
            // a message, not a stack trace; what was under way (an apply) kept its journal as it went
            System.err.println("berth: out of memory: the JVM's heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB is too small for this; give it more with BERTH_JAVA_OPTS=-Xmx…");
            exit = ExitCode.ERROR;
        }
        System.exit(exit);
    }

    public static int run(PrintStream out, PrintStream err, String... args) { return run(out, err, false, args); }

    /** {@code headStart}: only a process of its own warms up on another core; in tests, commands share one warm JVM. */
    private static int run(PrintStream out, PrintStream err, boolean headStart, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        java.util.Optional<String> verbName = verbNamed(args);
        if (headStart) verbName.ifPresent(name -> HeadStart.forCommandLine(name, args));
        java.util.Optional<Class<?>> verb = verbName.map(BerthCommand.VERBS::get);
        CommandLine commandLine = commandLine(outWriter, errWriter, debug, verb);
        try {
            return commandLine.execute(bareLabTakesNoValue(args));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * {@code --lab[=DIR]}: a bare {@code --lab} must not swallow the stack path that follows it
     * (picocli would take it as DIR), so it becomes {@code --lab=}, the default folder. Arguments
     * after {@code --} are a command's own and stay as they are.
     */
    static String[] bareLabTakesNoValue(String[] args) {
        String[] rewritten = args.clone();
        for (int i = 0; i < rewritten.length && !rewritten[i].equals("--"); i++) {
            if (rewritten[i].equals("--lab")) rewritten[i] = "--lab=";
        }
        return rewritten;
    }

    /** The verb the command line names (its first word that is not an option), if it is one of Berth's. */
    static java.util.Optional<String> verbNamed(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) continue;
            return BerthCommand.VERBS.containsKey(arg) ? java.util.Optional.of(arg) : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        return commandLine(out, err, debug, java.util.Optional.empty());
    }

    /** With {@code verb}, only that verb is registered; without, all of them (help, usage errors, did-you-mean). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug, java.util.Optional<Class<?>> verb) {
        CommandLine commandLine = new CommandLine(new BerthCommand());
        for (Class<?> type : verb.map(java.util.List::<Class<?>>of).orElse(java.util.List.copyOf(BerthCommand.VERBS.values()))) commandLine.addSubcommand(type);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureHandler(debug));
        commandLine.setParameterExceptionHandler(Main::usageError);
        applyExitCodes(commandLine);
        return commandLine;
    }

    /** picocli's own usage code is 2, which Berth uses for "changes present". */
    private static void applyExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCode.ERROR);
        commandLine.getSubcommands().values().forEach(Main::applyExitCodes);
    }

    /** A bad command line: what is wrong, a did-you-mean, and where the help is; not the whole usage text. */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("berth: " + e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            java.util.List<String> known = new java.util.ArrayList<>(commandLine.getCommandSpec().optionsMap().keySet());
            known.addAll(commandLine.getSubcommands().keySet());
            unmatched.getUnmatched().stream().filter(a -> a.startsWith("-") || !commandLine.getSubcommands().isEmpty())
                    .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                    .forEach(a -> dev.berth.diag.DidYouMean.suggest(a, known).ifPresent(s -> err.println("Did you mean '" + s + "'?")));
        }
        err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
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
