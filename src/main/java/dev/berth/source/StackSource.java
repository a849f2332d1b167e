package dev.berth.source;

import dev.berth.spec.LoadedStack;

import java.util.Optional;

/**
 * A stack's origin: a folder ({@link FolderSource}) or a path in a git commit ({@link GitSource}).
 * Commands read every stack through this, so {@code --git REPO --rev REV} works wherever a stack
 * folder does.
 */
public sealed interface StackSource permits FolderSource, GitSource {
    /** The stack read and checked; a stack that is missing at its origin is an invalid one with a diagnostic. */
    LoadedStack read();

    /** The commit the stack was read from, for git stacks. */
    Optional<GitSource> git();
}
