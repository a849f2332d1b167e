package dev.berth.observed;

/**
 * A constant of a closed vocabulary that a tool prints as text ({@code UpToDate},
 * {@code ONLINE}). The empty label marks the fallback constant for text no constant matches.
 */
public interface Labelled {
    String label();
}
