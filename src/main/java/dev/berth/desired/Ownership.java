package dev.berth.desired;

/** {@code adopt}: take over matching existing resources; {@code prune}: delete marked ones the stack dropped. */
public record Ownership(boolean adopt, boolean prune) {
    public static Ownership defaults() { return new Ownership(false, false); }
}
