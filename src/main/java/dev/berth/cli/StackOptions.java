package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.render.DiagnosticsRenderer;
import dev.berth.spec.LoadedStack;
import dev.berth.spec.StackReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The stack argument and the flags every command that reads a stack shares. */
final class StackOptions {
    @Parameters(index = "0", paramLabel = "STACK", description = "Stack folder (holding stack.yaml) or the stack file.")
    Path stack;

    @Option(names = "--lab", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "Talk to the simulated lab instead of the stack's transport (default DIR: STATE_DIR/lab/<stack name>).")
    String lab;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".berth",
            description = "Where Berth keeps journals, saved state and labs (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    /** The desired cluster, or a UserError after printing the stack's diagnostics on stderr. */
    DesiredCluster load(PrintWriter err) {
        return loadStack(err).cluster().orElseThrow();
    }

    /** The stack with its digest; a UserError after printing its diagnostics when it is invalid. */
    LoadedStack loadStack(PrintWriter err) {
        LoadedStack loaded = StackReader.read(stack);
        if (!loaded.isValid()) {
            err.print(DiagnosticsRenderer.text(loaded.file(), loaded.diagnostics()));
            err.flush();
            throw new UserError("the stack is invalid; nothing was done");
        }
        loaded.warnings().forEach(w -> err.println(w.format()));
        return loaded;
    }

    /** The lab folder when the lab is wanted: --lab, or a stack whose transport is sim. */
    Optional<Path> labDir(DesiredCluster cluster) {
        boolean wanted = lab != null || cluster.connection().transport() == dev.berth.desired.Transport.SIM;
        if (!wanted) return Optional.empty();
        return Optional.of(lab == null || lab.isEmpty() ? stateDir.resolve("lab").resolve(cluster.name()) : Path.of(lab));
    }
}
