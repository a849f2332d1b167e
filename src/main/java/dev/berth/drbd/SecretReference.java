package dev.berth.drbd;

import java.util.Objects;

/**
 * Where a resource's DRBD shared secret comes from ({@code env:R0_SECRET}, {@code file:/etc/…}),
 * never the value. The value reaches the writer and the verb expansion only as an explicit
 * argument, so a model, a plan or a log line cannot carry it by accident.
 */
public record SecretReference(String source) {
    /** The marker for a secret read from a file that did not say where its value came from. */
    public static final SecretReference INLINE = new SecretReference("inline");

    public SecretReference {
        Objects.requireNonNull(source, "source");
        // The source is written into a comment line of the resource file; it must stay one word.
        if (source.isEmpty() || source.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("a secret source is one printable word: " + source);
        }
    }

    /** The placeholder written instead of the value when there is none to write (display, plans). */
    public String redactedPlaceholder() { return "<redacted:" + source + ">"; }
}
