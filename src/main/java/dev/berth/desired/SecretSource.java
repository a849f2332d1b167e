package dev.berth.desired;

/** Where a DRBD shared secret comes from: an environment variable or a file, never the spec. */
public record SecretSource(Kind kind, String name) {
    public enum Kind { ENV, FILE }

    /** {@code env:NAME} or {@code file:/path}: what plans and journals record instead of the value. */
    public String describe() { return (kind == Kind.ENV ? "env:" : "file:") + name; }
}
