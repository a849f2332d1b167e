package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.observed.ObservedCluster;

import java.util.Map;
import java.util.Set;

/**
 * Everything a plan is made from: the desired and the observed cluster, the user's options, the
 * stack's digest, what the hosts are (lab folder or addresses), the node-ids that the hosts'
 * state files say were retired (never reused), and the digest of each shared secret's current
 * value by source (read at the edge; a source missing here is not compared).
 */
public record PlanRequest(DesiredCluster desired, ObservedCluster observed, PlanOptions options, String specDigest, String target,
                          Map<String, Set<Integer>> retiredNodeIds, Map<String, String> secretDigests) {
    public PlanRequest {
        retiredNodeIds = Map.copyOf(retiredNodeIds);
        secretDigests = Map.copyOf(secretDigests);
    }

    public PlanRequest(DesiredCluster desired, ObservedCluster observed, PlanOptions options, String specDigest, String target,
                       Map<String, Set<Integer>> retiredNodeIds) {
        this(desired, observed, options, specDigest, target, retiredNodeIds, Map.of());
    }
}
