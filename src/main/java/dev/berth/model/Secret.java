package dev.berth.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A secret value (a DRBD shared secret, a git token). Plans and journals keep only its source
 * name and digest; the value is resolved at run time and never printed.
 */
public final class Secret {
    private final String source;
    private final String value;

    private Secret(String source, String value) {
        this.source = Objects.requireNonNull(source);
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String source, String value) { return new Secret(source, value); }

    /** Where the value comes from, e.g. {@code env:DRBD_SECRET} or {@code file:/etc/berth/secret}. */
    public String source() { return source; }

    /** The value itself: only for the one place that must write it on a host. */
    public String reveal() { return value; }

    /** SHA-256 of the value, so that a changed secret changes a plan without showing it. */
    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() { return "Secret[" + source + ", redacted]"; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.source.equals(source) && s.value.equals(value);
    }

    @Override
    public int hashCode() { return Objects.hash(source, value); }
}
