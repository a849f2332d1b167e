package dev.berth.observed;

import java.util.Optional;

/**
 * One resource in {@code drbdadm dump all}. drbdadm prints every resource of its configuration,
 * also those without an {@code on} section for this host ({@code ignoredOnThisHost}).
 * {@code definedAt} is drbdadm's {@code # defined at FILE:LINE}, which tells Berth's files from
 * LINSTOR's. A resource Berth cannot model (a LINSTOR-style file that lists only this host's
 * connections, per-volume options, ...) has no definition but the reason instead: it is still
 * there, and must be reported as unmanaged rather than taken for absent.
 */
public record ConfiguredResource(String name, boolean ignoredOnThisHost, Optional<String> definedAt,
                                 Optional<ConfiguredDefinition> definition, Optional<String> notModelledBecause) {
    public ConfiguredResource {
        Copies.noNulls("ConfiguredResource", name, definedAt, definition, notModelledBecause);
        if (definition.isPresent() == notModelledBecause.isPresent()) {
            throw new IllegalArgumentException(name + ": either a definition or the reason there is none");
        }
    }

    public static ConfiguredResource modelled(String name, boolean ignored, Optional<String> definedAt,
                                              ConfiguredDefinition definition) {
        return new ConfiguredResource(name, ignored, definedAt, Optional.of(definition), Optional.empty());
    }

    public static ConfiguredResource notModelled(String name, boolean ignored, Optional<String> definedAt, String reason) {
        return new ConfiguredResource(name, ignored, definedAt, Optional.empty(), Optional.of(reason));
    }

    /** The file part of {@code definedAt}: {@code /etc/drbd.d/r0.res}. */
    public Optional<String> definingFile() {
        return definedAt.map(at -> at.lastIndexOf(':') > 0 ? at.substring(0, at.lastIndexOf(':')) : at);
    }
}
