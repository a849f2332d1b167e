package dev.berth.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.PersonIdent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A git repository built with JGit in a temporary folder, for tests of stacks read from git:
 * files written and committed with a fixed author and clock (so commit ids are the same on
 * every run), branches, tags and squash merges.
 */
public final class GitRepos implements AutoCloseable {
    public static final String STACK = "stacks/mysql-ha";
    private final Git git;
    private final Path folder;
    private long seconds = 1_700_000_000L;

    private GitRepos(Git git, Path folder) {
        this.git = git;
        this.folder = folder;
    }

    public static GitRepos init(Path folder) {
        try {
            return new GitRepos(Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(), folder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Path folder() { return folder; }

    /** The URL of this repository, as a remote would be named. */
    public String url() { return "file://" + folder.toAbsolutePath(); }

    /** The MySQL demo stack as the examples ship it, with {@code edit} applied to its text. */
    public static String demoStack(java.util.function.UnaryOperator<String> edit) {
        try {
            return edit.apply(Files.readString(Golden.projectDir().resolve("examples/stacks/mysql-ha/stack.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GitRepos write(String path, String content) {
        try {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits every file in the work tree; returns the commit id. */
    public String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent("Test", "test@example.org", Instant.ofEpochSecond(seconds += 60), ZoneOffset.UTC);
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().name();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public GitRepos branch(String name) { return run(() -> git.checkout().setCreateBranch(true).setName(name).call()); }

    public GitRepos checkout(String name) { return run(() -> git.checkout().setName(name).call()); }

    public GitRepos tag(String name) { return run(() -> git.tag().setName(name).setAnnotated(false).call()); }

    /** Squashes {@code branch} onto the current branch as one new commit (as a forge's "squash and merge"); returns its id. */
    public String squashMerge(String branch, String message) {
        try {
            MergeResult result = git.merge().include(git.getRepository().resolve(branch)).setSquash(true).call();
            if (!result.getMergeStatus().isSuccessful()) throw new IllegalStateException("squash failed: " + result);
            return commit(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String resolve(String revision) {
        try {
            return git.getRepository().resolve(revision).name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Call { Object call() throws Exception; }

    private GitRepos run(Call call) {
        try {
            call.call();
            return this;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() { git.close(); }

}
