package dev.berth.render;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Text renderers build into a StringBuilder and hand it on in pieces: once it is past a
 * mebibyte it goes to the sink and starts again, so that a 150,000-step plan is never one string.
 */
final class Spill {
    static final int THRESHOLD = 1 << 20;

    private Spill() {}

    /** Moves {@code text} to {@code sink} when it is past the threshold, or {@code always}. */
    static void spill(StringBuilder text, Appendable sink, boolean always) {
        if (!always && text.length() < THRESHOLD) return;
        try {
            sink.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.setLength(0);
    }
}
