package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.desired.SecretSource;

import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Shared secrets by digest only: the value stays in its source and on the hosts. A host's file
 * whose secret digest differs from the source's current value is rewritten like any other
 * change, and the plan's basis records each digest it was made with, so that apply refuses the
 * plan once the source holds another value.
 */
final class SharedSecrets {
    private SharedSecrets() {}

    /** Where {@code resource}'s secret comes from, when it has one. */
    static Optional<SecretSource> source(PlanContext context, Resource resource) {
        return context.cluster.group(resource.group()).flatMap(group -> resource.effectiveDrbd(group).sharedSecret());
    }

    /** Why the secret in {@code node}'s file for {@code resource} must be replaced, or empty when it is current or unknown. */
    static Optional<String> changed(PlanContext context, Resource resource, String node) {
        Optional<SecretSource> source = source(context, resource);
        if (source.isEmpty()) return Optional.empty();
        String wanted = context.secretDigests.get(source.get().describe());
        if (wanted == null) return Optional.empty();
        Optional<String> held = context.view(node).file(resource.name()).flatMap(f -> Optional.ofNullable(f.secretDigests().get(resource.name())));
        return held.filter(digest -> !digest.equals(wanted))
                .map(digest -> "the shared secret from " + source.get().describe() + " has a new value");
    }

    /** Source → digest for the secrets of the touched resources whose value was readable when planning. */
    static SortedMap<String, String> basis(PlanContext context, Collection<String> touched) {
        SortedMap<String, String> digests = new TreeMap<>();
        for (String name : touched) {
            Resource resource = context.cluster.resources().get(name);
            if (resource == null) continue;
            source(context, resource).map(SecretSource::describe).filter(context.secretDigests::containsKey)
                    .ifPresent(source -> digests.put(source, context.secretDigests.get(source)));
        }
        return digests;
    }
}
