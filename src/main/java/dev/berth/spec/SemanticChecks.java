package dev.berth.spec;

import dev.berth.desired.DesiredCluster;
import dev.berth.diag.Diagnostic;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a schema cannot: references resolve, replica counts fit the nodes that can hold
 * them and DRBD's limits, quorum makes sense, no device or address is claimed twice. Pure: the
 * cluster and the document in, diagnostics (with pointers, not yet positions) out.
 */
public final class SemanticChecks {
    private SemanticChecks() {}

    public static List<Diagnostic> check(DesiredCluster cluster, JsonNode document) {
        List<Diagnostic> found = new ArrayList<>();
        found.addAll(NodeChecks.check(cluster));
        found.addAll(PoolChecks.check(cluster));
        found.addAll(GroupChecks.check(cluster, document));
        found.addAll(ResourceChecks.check(cluster, document));
        return found;
    }
}
