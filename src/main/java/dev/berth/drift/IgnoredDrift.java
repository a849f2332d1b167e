package dev.berth.drift;

/** A difference that a {@code driftIgnore} entry mutes: counted and shown with its reason, never hidden. */
public record IgnoredDrift(DriftItem item, String glob, String reason) {
    public IgnoredDrift {
        java.util.Objects.requireNonNull(item, "item");
        java.util.Objects.requireNonNull(glob, "glob");
        java.util.Objects.requireNonNull(reason, "reason");
    }
}
