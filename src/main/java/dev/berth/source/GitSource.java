package dev.berth.source;

import dev.berth.diag.Diagnostic;
import dev.berth.spec.LoadedStack;
import dev.berth.spec.StackReader;

import java.util.List;
import java.util.Optional;

/**
 * A stack at {@code path} in the tree of one commit. {@code repository} is the repository as the
 * user named it (a URL without its password), {@code revision} as the user wrote it ({@code main},
 * {@code HEAD~1}), {@code commit} the full id it resolved to, and {@code file} the stack file found
 * there ({@code path/stack.yaml}, or {@code path} when it names the file), empty when the commit
 * has nothing at that path.
 */
public record GitSource(String repository, String revision, String commit, String path, Optional<String> file,
                        Optional<byte[]> content) implements StackSource {
    public GitSource {
        if (file.isPresent() != content.isPresent()) throw new IllegalArgumentException("a file comes with its content");
    }

    /** Diagnostics name the file {@code REV:path/stack.yaml}. */
    public String shownName() { return revision + ":" + file.orElse(path); }

    @Override
    public LoadedStack read() {
        if (content.isEmpty()) {
            String message = "no stack at " + revision + ":" + path + " (commit " + abbreviated() + " has no " + path
                    + " folder holding " + StackReader.STACK_FILE + ")";
            return new LoadedStack(shownName(), Optional.empty(), List.of(Diagnostic.error(message)
                    .withHint("check the path inside the repository and the revision")), Optional.empty());
        }
        return StackReader.read(shownName(), content.get());
    }

    @Override
    public Optional<GitSource> git() { return Optional.of(this); }

    /** The first 12 characters of the commit id, as people quote commits. */
    public String abbreviated() { return commit.substring(0, Math.min(12, commit.length())); }
}
