package dev.berth.drbd;

import dev.berth.model.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource read from a file, and the shared secret value the file held, if it held a real
 * one (a redacted placeholder gives none). The value travels as a {@link Secret}, whose printed
 * forms are redacted, so that discovery can compare digests without ever showing it.
 */
public record ParsedResource(ResourceConfig resource, Optional<Secret> sharedSecret) {
    public ParsedResource {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(sharedSecret, "sharedSecret");
    }
}
