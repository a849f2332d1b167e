package dev.berth.observed;

import java.util.Optional;

/** A host discovery could not talk to; nothing is known about its storage or DRBD. */
public record UnreachableHost(String node, HostErrorKind kind, String message) implements ObservedHost {
    public UnreachableHost {
        Copies.noNulls("UnreachableHost", node, kind, message);
    }

    @Override
    public Optional<ReachableHost> reachable() { return Optional.empty(); }
}
