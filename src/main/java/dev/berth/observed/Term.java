package dev.berth.observed;

import java.util.Objects;

/**
 * A word from a closed vocabulary as a tool printed it: the matching constant, or
 * {@code UNRECOGNISED} with the text kept. Newer DRBD releases add states; an unknown state must
 * reach the report as what the host said, not as a parse failure or a silent default.
 * (The fallback is not called {@code UNKNOWN} because DRBD itself has the states
 * {@code Unknown} and {@code DUnknown}.)
 */
public record Term<E extends Enum<E> & Labelled>(E value, String text) {
    public Term {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        if (!value.label().isEmpty() && !value.label().equals(text)) {
            throw new IllegalArgumentException(value + " is printed as '" + value.label() + "', not '" + text + "'");
        }
    }

    /** The constant whose label is exactly {@code text}; case matters, as it does to drbdsetup. */
    public static <E extends Enum<E> & Labelled> Term<E> of(Class<E> vocabulary, String text) {
        Objects.requireNonNull(text, "text");
        for (E constant : vocabulary.getEnumConstants()) {
            if (constant.label().equals(text)) return new Term<>(constant, text);
        }
        return new Term<>(Enum.valueOf(vocabulary, "UNRECOGNISED"), text);
    }

    public static <E extends Enum<E> & Labelled> Term<E> of(E constant) {
        return new Term<>(constant, constant.label());
    }

    public boolean is(E constant) { return value == constant; }

    public boolean isRecognised() { return !value.label().isEmpty(); }

    @Override
    public String toString() { return text; }
}
