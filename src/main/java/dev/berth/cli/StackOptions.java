package dev.berth.cli;

import dev.berth.desired.DesiredCluster;
import dev.berth.model.Secret;
import dev.berth.render.DiagnosticsRenderer;
import dev.berth.source.FolderSource;
import dev.berth.source.GitRepository;
import dev.berth.source.SourceException;
import dev.berth.source.StackSource;
import dev.berth.spec.LoadedStack;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The stack argument and the flags every command that reads a stack shares: a folder, or a path in a git revision. */
final class StackOptions {
    /** The environment variable holding the token for an https:// repository (a Secret: never printed). */
    static final String TOKEN_VARIABLE = "BERTH_GIT_TOKEN";

    @Parameters(index = "0", paramLabel = "STACK",
            description = "Stack folder (holding stack.yaml) or the stack file; with --git, its path inside the repository.")
    Path stack;

    @Option(names = "--git", paramLabel = "REPO",
            description = "Read the stack from git: a repository folder, or a file:// or https:// URL (token from $BERTH_GIT_TOKEN). Never checks out.")
    String git;

    @Option(names = "--rev", paramLabel = "REV", description = "With --git: the branch, tag or commit to read (default: HEAD).")
    String rev;

    @Option(names = "--lab", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "Talk to the simulated lab instead of the stack's transport (default DIR: STATE_DIR/lab/<stack name>).")
    String lab;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".berth",
            description = "Where Berth keeps journals, saved state, labs and fetched repositories (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    /** The desired cluster, or a UserError after printing the stack's diagnostics on stderr. */
    DesiredCluster load(PrintWriter err) {
        return loadStack(err).cluster().orElseThrow();
    }

    /** The stack with its digest; a UserError after printing its diagnostics when it is invalid. */
    LoadedStack loadStack(PrintWriter err) {
        return loadStack(err, source());
    }

    static LoadedStack loadStack(PrintWriter err, StackSource source) {
        LoadedStack loaded = source.read();
        if (!loaded.isValid()) {
            err.print(DiagnosticsRenderer.text(loaded.file(), loaded.diagnostics()));
            err.flush();
            throw new UserError("the stack is invalid; nothing was done");
        }
        loaded.warnings().forEach(w -> err.println(w.format()));
        return loaded;
    }

    /** Where the stack is read from: the folder, or the path at --rev (default HEAD) in --git's repository. */
    StackSource source() {
        if (git == null) {
            if (rev != null) throw new UserError("--rev needs --git REPO (the repository to read the revision from)", ExitCode.USAGE);
            return new FolderSource(stack);
        }
        return gitStack(rev == null ? "HEAD" : rev);
    }

    /** The stack at {@code revision} of --git's repository. */
    StackSource gitStack(String revision) {
        try (GitRepository repository = openGit()) {
            return repository.stack(revision, stack.toString());
        } catch (SourceException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** --git's repository, fetched into STATE_DIR/git first when it is a URL. */
    GitRepository openGit() {
        try {
            return GitRepository.open(git, stateDir, token());
        } catch (SourceException e) {
            throw new UserError(e.getMessage());
        }
    }

    static Optional<Secret> token() {
        String value = System.getenv(TOKEN_VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(Secret.of("env:" + TOKEN_VARIABLE, value));
    }

    /** The lab folder when the lab is wanted: --lab, or a stack whose transport is sim. */
    Optional<Path> labDir(DesiredCluster cluster) {
        boolean wanted = lab != null || cluster.connection().transport() == dev.berth.desired.Transport.SIM;
        if (!wanted) return Optional.empty();
        return Optional.of(lab == null || lab.isEmpty() ? stateDir.resolve("lab").resolve(cluster.name()) : Path.of(lab));
    }
}
