package dev.berth.source;

/** A repository or revision that cannot be read, said in one line (what, why, how to fix). */
public final class SourceException extends RuntimeException {
    public SourceException(String message) { super(message); }
}
