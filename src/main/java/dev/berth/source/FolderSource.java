package dev.berth.source;

import dev.berth.spec.LoadedStack;
import dev.berth.spec.StackReader;

import java.nio.file.Path;
import java.util.Optional;

/** A stack folder (holding stack.yaml) or the stack file itself, on disk. */
public record FolderSource(Path stack) implements StackSource {
    @Override
    public LoadedStack read() { return StackReader.read(stack); }

    @Override
    public Optional<GitSource> git() { return Optional.empty(); }
}
