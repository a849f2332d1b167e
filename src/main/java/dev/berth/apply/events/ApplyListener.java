package dev.berth.apply.events;

/** Receives events as they happen, from the walk's threads; implementations must be thread-safe and quick. */
@FunctionalInterface
public interface ApplyListener {
    ApplyListener NONE = event -> { };

    void on(ApplyEvent event);
}
