package dev.berth.source;

import dev.berth.model.Secret;
import dev.berth.spec.StackReader;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One git repository opened for reading stacks: a local folder (a work tree or a bare repository)
 * read in place, or a URL fetched into a bare cache under the state folder ({@link RemoteCache}).
 * Only the object database is read: no checkout, no index, nothing written to a local repository.
 */
public final class GitRepository implements AutoCloseable {
    private final String shown;
    private final Repository repository;

    private GitRepository(String shown, Repository repository) {
        this.shown = shown;
        this.repository = repository;
    }

    /**
     * {@code repository} as the user wrote it: a folder, or a {@code file://} or {@code https://}
     * URL (then fetched into {@code stateDir/git/}, with {@code token} as the password when given).
     */
    public static GitRepository open(String repository, Path stateDir, Optional<Secret> token) {
        if (RemoteCache.isUrl(repository)) {
            return new GitRepository(RemoteCache.shown(repository), RemoteCache.fetch(repository, stateDir, token));
        }
        try {
            return new GitRepository(repository, Git.open(Path.of(repository).toFile()).getRepository());
        } catch (RepositoryNotFoundException e) {
            throw new SourceException("no git repository at " + repository + "; pass the folder that holds .git, or a URL");
        } catch (IOException e) {
            throw new SourceException("cannot open git repository " + repository + ": " + e.getMessage());
        }
    }

    /** The repository as shown to people and recorded in plans (never with a password). */
    public String shown() { return shown; }

    /** The full commit id {@code revision} names: a branch, tag, commit id or expression such as {@code HEAD~1}. */
    public String resolve(String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) throw unresolved(revision, "no such branch, tag or commit");
            return id.name();
        } catch (RevisionSyntaxException | IOException e) {
            throw unresolved(revision, e.getMessage());
        }
    }

    /** The stack at {@code path} in {@code revision}'s tree: a folder holding stack.yaml, or the file itself. */
    public GitSource stack(String revision, String path) {
        String commit = resolve(revision);
        String inside = normalized(path);
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit parsed = walk.parseCommit(ObjectId.fromString(commit));
            String file = inside.isEmpty() ? StackReader.STACK_FILE : inside;
            TreeWalk found = TreeWalk.forPath(repository, file, parsed.getTree());
            if (found != null && found.getFileMode(0) == FileMode.TREE) {
                file = inside + "/" + StackReader.STACK_FILE;
                found = TreeWalk.forPath(repository, file, parsed.getTree());
            }
            if (found == null || found.getFileMode(0).getObjectType() != org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
                return new GitSource(shown, revision, commit, inside.isEmpty() ? "." : inside, Optional.empty(), Optional.empty());
            }
            byte[] content = repository.open(found.getObjectId(0)).getBytes();
            return new GitSource(shown, revision, commit, inside.isEmpty() ? "." : inside, Optional.of(file), Optional.of(content));
        } catch (IOException e) {
            throw new SourceException("cannot read " + revision + ":" + path + " in " + shown + ": " + e.getMessage());
        }
    }

    /** {@code ./stacks/a/} → {@code stacks/a}; {@code .} → the root. */
    static String normalized(String path) {
        String out = path.replace('\\', '/');
        while (out.startsWith("./")) out = out.substring(2);
        while (out.endsWith("/")) out = out.substring(0, out.length() - 1);
        return out.equals(".") ? "" : out;
    }

    private SourceException unresolved(String revision, String why) {
        return new SourceException("revision '" + revision + "' does not resolve in " + shown + " (" + why
                + "); name a branch, tag or commit that the repository has");
    }

    @Override
    public void close() { repository.close(); }
}
