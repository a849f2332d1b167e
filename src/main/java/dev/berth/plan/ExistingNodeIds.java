package dev.berth.plan;

import dev.berth.observed.ConfiguredHost;
import dev.berth.observed.ReachableHost;

import java.util.List;
import java.util.Optional;

/** The node-id a node has in a resource, as any reachable host's configuration says (peers list every host). */
final class ExistingNodeIds {
    private ExistingNodeIds() {}

    static Optional<Integer> of(PlanContext context, String resource, String node) {
        String hostname = context.cluster.nodes().containsKey(node) ? context.cluster.nodes().get(node).hostname() : node;
        for (ReachableHost host : context.observed.reachable()) {
            Optional<Integer> id = host.inventory().drbd().configured().value().orElse(List.of()).stream()
                    .filter(c -> c.name().equals(resource)).flatMap(c -> c.definition().stream())
                    .flatMap(d -> d.host(hostname).stream()).map(ConfiguredHost::nodeId).findFirst();
            if (id.isPresent()) return id;
        }
        return Optional.empty();
    }
}
