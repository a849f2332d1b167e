package dev.berth.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.InputStream;
import java.util.Properties;

/** The top-level {@code berth} command: only options shared by every verb live here. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = BerthCommand.Version.class,
        description = "Plan and apply DRBD-replicated storage (LVM, LVM-thin, ZFS, DRBD 9) from a declarative stack.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, no changes", "1:error", "2:changes present or drift found",
                "3:refused (safety rule, blocked steps, stale plan, lock held)", "4:apply stopped with steps not undone",
                "64:usage error"})
final class BerthCommand implements Runnable {
    /**
     * The verbs, in the order help lists them. Registered by {@link Main}, only the one a command
     * line names when it names one: picocli reads every option of every verb it is given, which
     * was a sixth of a short command's start.
     */
    static final java.util.Map<String, Class<?>> VERBS = verbs(ValidateCommand.class, "validate", DiscoverCommand.class, "discover",
            PlanCommand.class, "plan", ShowCommand.class, "show", GraphCommand.class, "graph", LabCommand.class, "lab",
            ApplyCommand.class, "apply", RollbackCommand.class, "rollback", UnlockCommand.class, "unlock",
            DriftCommand.class, "drift", ReconcileCommand.class, "reconcile");

    /** By name, spelled out so that finding the line's verb reads no annotation (a test keeps the names equal to theirs). */
    private static java.util.Map<String, Class<?>> verbs(Object... classAndName) {
        java.util.Map<String, Class<?>> verbs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < classAndName.length; i += 2) verbs.put((String) classAndName[i + 1], (Class<?>) classAndName[i]);
        return java.util.Collections.unmodifiableMap(verbs);
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces and debug logs.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties properties = new Properties();
            try (InputStream in = BerthCommand.class.getResourceAsStream("/dev/berth/version.properties")) {
                if (in != null) properties.load(in);
            }
            return new String[] {"berth " + properties.getProperty("version", "unknown")};
        }
    }
}
